package vn.hungyen.xhht.engine;

import java.time.LocalDate;
import vn.hungyen.xhht.intake.Source;
import vn.hungyen.xhht.plan.Status;

/**
 * A deliverable row of a report. {@code year} is the year of the report's period, which a yearly
 * deliverable's row describes. {@code latest} marks the row that counts for the unit and deliverable,
 * {@code latestInYear} the row that counts for the unit, deliverable and year (both: submitted last).
 */
public record DeliverableStatus(Report report, String unit, String deliverable, int year, Status status,
                                LocalDate completedOn, String documentNo, boolean latest, boolean latestInYear,
                                Source statusSource, Source completedOnSource, Source documentSource) {
}
