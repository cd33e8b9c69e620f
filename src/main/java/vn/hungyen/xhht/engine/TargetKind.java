package vn.hungyen.xhht.engine;

/** How a target's value is judged against its threshold: the words of {@code Target.atLeast(...)} and the others. */
public enum TargetKind {
    /** the value must be at least the threshold (≥) */
    AT_LEAST("≥"),
    /** the value must be above the threshold (>), as "Trên 99,80%" says literally (catalog reading 1) */
    ABOVE(">"),
    /** the value must be at most the threshold (≤) */
    AT_MOST("≤"),
    /** the value must be within ± the threshold of zero: a gap between two groups (catalog reading 9) */
    WITHIN("±"),
    /** the value must be above the unit's value of the latest earlier year that has one (reading 19) */
    RISES("↑");

    private final String sign;

    TargetKind(String sign) {
        this.sign = sign;
    }

    /** How the catalog and the screens write it before the threshold: "≥ 90". */
    public String sign() {
        return sign;
    }

    /** Whether {@code value} meets a threshold of this kind; RISES has none and is judged against a year. */
    public boolean met(double value, double threshold) {
        return switch (this) {
            case AT_LEAST -> value >= threshold;
            case ABOVE -> value > threshold;
            case AT_MOST -> value <= threshold;
            case WITHIN -> Math.abs(value) <= threshold;
            case RISES -> true;
        };
    }
}
