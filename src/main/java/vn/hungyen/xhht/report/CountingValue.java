package vn.hungyen.xhht.report;

/** The value of an indicator for a year that counts for a unit: the one in the report submitted last. */
public record CountingValue(StoredReport report, String indicator, int year, double percent) {

    public String unit() {
        return report.unit();
    }
}
