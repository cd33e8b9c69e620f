package vn.hungyen.xhht.engine;

import java.time.LocalDate;
import vn.hungyen.xhht.plan.Period;

/**
 * A report that was read. {@code counted} is false when a later submission for the same unit and period
 * superseded it (the contract: the one submitted last counts).
 */
public record ReportSummary(String file, String unit, Period period, LocalDate submittedOn, boolean counted) {
}
