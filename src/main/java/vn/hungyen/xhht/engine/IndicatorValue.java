package vn.hungyen.xhht.engine;

import vn.hungyen.xhht.intake.Source;

/**
 * A value reported for an indicator and year, by a report that counts. Which of a unit's values for a year
 * is judged is decided in rules/plan/calendar.drl ({@link YearEndValue}).
 */
public record IndicatorValue(Report report, String unit, String indicator, int year, double percent,
                             Source source) {
}
