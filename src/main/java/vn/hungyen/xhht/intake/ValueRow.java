package vn.hungyen.xhht.intake;

/**
 * One row of "Chỉ tiêu": the value of an indicator for a year, as a percentage 0–100.
 * {@code source} is the value cell, or the numerator cell when the value was computed from the counts.
 */
public record ValueRow(String indicator, int year, Long numerator, Long denominator, double percent,
                       String note, Source source) {
}
