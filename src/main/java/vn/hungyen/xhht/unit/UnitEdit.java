package vn.hungyen.xhht.unit;

/**
 * What an administrator sets on a unit: its names and its kind, one of {@code UnitKind} in any case
 * (STEERING_COMMITTEE, DEPARTMENT, PRESS, MASS_ORGANISATION, DISTRICT).
 */
public record UnitEdit(String name, String nameEn, String kind) {
}
