package vn.hungyen.xhht.review;

import java.time.LocalDate;
import java.util.List;
import vn.hungyen.xhht.plan.Status;

/**
 * One stored report whole: what it says, what could not be read, what the rules found, and the other
 * versions of the same unit's report for the period.
 *
 * @param unitNameInFile the unit name written in the workbook
 * @param versions       every stored version of this unit's report for this period, the one that counts
 *                       first (this report included)
 */
public record ReportDetail(ReportListItem report, String unitNameInFile, String preparedBy, String sha256,
                           long sizeBytes, List<ValueView> values, List<DeliverableView> deliverables,
                           List<ProblemView> problems, List<FindingView> findings, List<ReportListItem> versions) {

    /** A row of "Chỉ tiêu". */
    public record ValueView(String indicator, String indicatorName, int year, Long numerator, Long denominator,
                            double percent, String note, String source) {
    }

    /** A row of "Nhiệm vụ"; {@code source} is its status cell. */
    public record DeliverableView(String deliverable, String deliverableName, Status status, String statusLabel,
                                  LocalDate completedOn, String documentNo, String note, String source) {
    }
}
