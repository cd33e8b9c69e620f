package vn.hungyen.xhht.export;

import java.time.LocalDate;
import java.util.List;
import vn.hungyen.xhht.plan.Status;
import vn.hungyen.xhht.plan.UnitKind;
import vn.hungyen.xhht.review.EvaluationInfo;
import vn.hungyen.xhht.review.FindingView;
import vn.hungyen.xhht.review.ReportListItem;

/**
 * One unit's standing for one period, to print: the report that counts (if any), its values against the
 * targets, the deliverables owed with their status, and every finding about the unit and period.
 *
 * @param deadlinePassed whether the report's deadline had passed on the day of printing
 * @param report         the report that counts for the unit and period; null when none was sent
 * @param versions       how many versions were sent
 * @param evaluation     the evaluation the findings come from; null before the first
 */
public record UnitReport(String unit, String unitName, UnitKind unitKind, String period, String periodLabel,
                         LocalDate deadline, boolean deadlinePassed, ReportListItem report, String preparedBy,
                         int versions, List<IndicatorLine> indicators, List<DeliverableLine> deliverables,
                         List<FindingView> findings, LocalDate printedOn, EvaluationInfo evaluation) {

    /** How a value stands against its target, as the rules judged it. */
    public enum Standing {
        /** no finding against it */
        MET,
        /** an UNMET_TARGET or TREND_NOT_MET finding */
        NOT_MET,
        /** owed and not in the report */
        NOT_REPORTED,
        /** a "rises every year" target with no value of the year before to compare with */
        UNJUDGED,
        /** a value the plan sets no target for in its year */
        NO_TARGET
    }

    /**
     * An indicator of the report, or one it owes.
     *
     * @param target the target in words, e.g. "≥ 60%"; null when there is none for the year
     * @param value  the value reported (%), null when not reported
     * @param source the cell of the value
     */
    public record IndicatorLine(String indicator, String name, int year, String target, String citation,
                                Double value, Long numerator, Long denominator, Standing standing,
                                String standingLabel, String source) {
    }

    /**
     * A deliverable the report owes, or reports on.
     *
     * @param due    its due date, when the plan gives one
     * @param status null when the report has no row for it
     * @param owed   whether the report owes a row for it (contract §2)
     */
    public record DeliverableLine(String deliverable, String name, LocalDate due, Status status, String statusLabel,
                                  LocalDate completedOn, String documentNo, boolean owed) {
    }
}
