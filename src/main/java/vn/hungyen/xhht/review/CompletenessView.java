package vn.hungyen.xhht.review;

import java.time.LocalDate;
import java.util.List;
import vn.hungyen.xhht.plan.UnitKind;

/**
 * Which units had reported for which period, as of a day: the units × periods matrix (2013-H2 to 2020-H2)
 * and, per period, the reporting rates as DHIS2 shows them.
 */
public record CompletenessView(LocalDate asOf, List<PeriodRate> periods, List<UnitRow> units) {

    /** What a cell of the matrix says. */
    public enum Status {
        /** the report that counts as of the day was submitted on or before the deadline */
        ON_TIME,
        /** the report that counts as of the day was submitted after the deadline */
        LATE,
        /** no report as of the day, and the deadline has passed */
        MISSING,
        /** no report as of the day, and the deadline has not passed */
        NOT_DUE
    }

    /**
     * One period's reporting.
     *
     * @param due           whether its deadline had passed as of the day
     * @param expected      reports expected: one per unit of the register (of the kinds asked for)
     * @param received      reports received by the day, on time or late
     * @param reportingRate received / expected, in percent (one decimal)
     * @param onTimeRate    on time / expected, in percent (one decimal)
     */
    public record PeriodRate(String period, String label, LocalDate deadline, boolean due, int expected,
                             int received, int onTime, int late, int missing, double reportingRate,
                             double onTimeRate) {
    }

    /** A unit's row: one cell per period, in the order of {@code periods}. */
    public record UnitRow(String unit, String unitName, UnitKind kind, List<Cell> cells) {
    }

    /** @param reportId the report that counts as of the day, when there is one */
    public record Cell(String period, Status status, String statusLabel, Long reportId, LocalDate submittedOn) {
    }
}
