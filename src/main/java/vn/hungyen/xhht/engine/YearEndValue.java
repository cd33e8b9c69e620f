package vn.hungyen.xhht.engine;

/**
 * The value of an indicator for a year that targets are judged on (catalog reading 12), chosen by
 * rules/plan/calendar.drl: the year-end value of the latest report that gives one.
 */
public record YearEndValue(IndicatorValue value) {

    public String unit() {
        return value.unit();
    }

    public String indicator() {
        return value.indicator();
    }

    public int year() {
        return value.year();
    }

    public double percent() {
        return value.percent();
    }
}
