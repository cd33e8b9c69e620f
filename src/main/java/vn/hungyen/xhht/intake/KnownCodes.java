package vn.hungyen.xhht.intake;

import vn.hungyen.xhht.plan.Period;

/** The codes a workbook may use: units of the register, indicators, deliverables and periods of the rule pack. */
public interface KnownCodes {

    boolean isUnit(String code);

    boolean isIndicator(String code);

    boolean isDeliverable(String code);

    /**
     * Whether the indicator is a difference of two percentages (a gap, −100 to 100, judged by
     * {@code Target.within}) rather than a percentage (0 to 100).
     */
    default boolean isDifference(String indicator) {
        return false;
    }

    /** Whether the plan owes a report for the period (catalog reading 18: others are a data error). */
    default boolean isPlanPeriod(Period period) {
        return true;
    }

    /** The plan's periods as a message writes them, e.g. "2013-H2–2020-H2". */
    default String planPeriods() {
        return "";
    }
}
