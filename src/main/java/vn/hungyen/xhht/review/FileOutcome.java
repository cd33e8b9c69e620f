package vn.hungyen.xhht.review;

import java.time.LocalDate;
import java.util.List;
import vn.hungyen.xhht.report.Outcome;

/**
 * What became of one uploaded file, told so that a clerk knows which file and why.
 *
 * @param message       one sentence on the outcome, in the reader's language
 * @param reportId      the stored report (for a DUPLICATE, the one already stored with the same bytes)
 * @param otherReportId SUPERSEDES: the report it replaces; SUPERSEDED: the later report that still counts
 * @param problems      what could not be read: for REJECTED why nothing was stored, otherwise the cells left out
 * @param findings      the findings about the report after re-evaluation (none when it does not count)
 */
public record FileOutcome(String file, Outcome outcome, String outcomeLabel, String message, Long reportId,
                          String unit, String unitName, String period, LocalDate submittedOn, Long otherReportId,
                          List<ProblemView> problems, List<FindingView> findings) {
}
