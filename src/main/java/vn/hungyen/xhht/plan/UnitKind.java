package vn.hungyen.xhht.plan;

/** The kinds of unit in the plan's register (plan-catalog §1). */
public enum UnitKind {
    STEERING_COMMITTEE,
    DEPARTMENT,
    PRESS,
    MASS_ORGANISATION,
    DISTRICT
}
