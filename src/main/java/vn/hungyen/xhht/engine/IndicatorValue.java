package vn.hungyen.xhht.engine;

import vn.hungyen.xhht.intake.Source;

/**
 * A value reported for an indicator and year. {@code latest} marks the one that counts when several
 * reports of the unit give a value for the same indicator and year: the one submitted last.
 */
public record IndicatorValue(Report report, String unit, String indicator, int year, double percent,
                             boolean latest, Source source) {
}
