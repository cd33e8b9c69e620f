package vn.hungyen.xhht.engine;

public enum TargetKind {
    /** the value must be at least the threshold */
    AT_LEAST,
    /** the value must be at most the threshold */
    AT_MOST,
    /** the value must be above the previous year's value of the same unit */
    RISES
}
