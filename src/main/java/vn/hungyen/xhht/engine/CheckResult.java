package vn.hungyen.xhht.engine;

import java.time.LocalDate;
import java.util.List;

/** What a check found: the reports read, and the findings sorted by unit, period, kind and code. */
public record CheckResult(LocalDate asOf, String rulesVersion, List<ReportSummary> reports, List<Finding> findings) {
}
