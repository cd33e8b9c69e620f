package vn.hungyen.xhht.engine;

/** A year of the plan; rules that apply "every year" join on these. */
public record PlanYear(int year) {
}
