package vn.hungyen.xhht.plan;

/** A reporting unit of the register. */
public record Unit(String code, String name, String nameEn, UnitKind kind) {
}
