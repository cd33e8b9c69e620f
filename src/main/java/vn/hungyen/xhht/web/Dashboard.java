package vn.hungyen.xhht.web;

import java.util.List;
import vn.hungyen.xhht.review.EvaluationInfo;

/**
 * What the first page shows.
 *
 * @param evaluation     the last evaluation, null before the first
 * @param currentReports the reports that count (one per unit and period sent)
 * @param lateReports    of those, the ones sent after their deadline
 */
record Dashboard(EvaluationInfo evaluation, long findings, List<Count> bySeverity, List<Count> byKind,
                 long currentReports, long lateReports) {
}
