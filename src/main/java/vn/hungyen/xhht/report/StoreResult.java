package vn.hungyen.xhht.report;

import java.time.LocalDate;
import java.util.List;
import vn.hungyen.xhht.intake.IntakeProblem;
import vn.hungyen.xhht.plan.Period;

/**
 * What storing one file did.
 *
 * @param reportId      the stored report; for a DUPLICATE, the report already stored with the same bytes;
 *                      null when REJECTED
 * @param unit          unit code of that report (null when REJECTED)
 * @param otherReportId SUPERSEDES: the report that counted before; SUPERSEDED: the report that still counts
 * @param problems      what the reader could not read: for REJECTED why no report, otherwise the cells and
 *                      rows left out of the stored report (empty for a DUPLICATE)
 */
public record StoreResult(String file, Outcome outcome, Long reportId, String unit, Period period,
                          LocalDate submittedOn, Long otherReportId, List<IntakeProblem> problems) {

    public StoreResult {
        problems = List.copyOf(problems);
    }
}
