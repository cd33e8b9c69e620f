package vn.hungyen.xhht.samples;

/**
 * A row of "Chỉ tiêu" as the sender means it. {@code value} null leaves the value to the counts;
 * {@code typed} is text written in the value cell instead of the value (what a person typed).
 */
record ValueLine(String indicator, int year, Long numerator, Long denominator, Double value, String typed,
                 String note) {

    static ValueLine of(String indicator, int year, double value, String note) {
        return new ValueLine(indicator, year, null, null, value, null, note);
    }

    ValueLine withValue(double v) {
        return new ValueLine(indicator, year, null, null, v, null, note);
    }

    ValueLine withCounts(Long num, Long den, Double v) {
        return new ValueLine(indicator, year, num, den, v, null, note);
    }

    ValueLine withTyped(String text) {
        return new ValueLine(indicator, year, numerator, denominator, null, text, note);
    }

    boolean hasCounts() {
        return numerator != null && denominator != null;
    }
}
