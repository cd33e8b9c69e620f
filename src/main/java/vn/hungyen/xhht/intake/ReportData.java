package vn.hungyen.xhht.intake;

import java.time.LocalDate;
import java.util.List;
import vn.hungyen.xhht.plan.Period;

/** What one workbook says, after every unreadable cell has been set aside as an {@link IntakeProblem}. */
public record ReportData(String file, String unit, String unitName, Period period, LocalDate submittedOn,
                         String preparedBy, Source submittedOnSource, List<ValueRow> values,
                         List<DeliverableEntry> deliverables) {
}
