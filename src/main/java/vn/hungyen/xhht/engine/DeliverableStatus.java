package vn.hungyen.xhht.engine;

import java.time.LocalDate;
import vn.hungyen.xhht.intake.Source;
import vn.hungyen.xhht.plan.Status;

/**
 * A deliverable row of a report that counts.
 *
 * @param year         the year a yearly duty's row answers (catalog reading 15): the year of its completion
 *                     date when it has one, otherwise the year of the report's period
 * @param latest       the row that counts for the unit and deliverable: the one of the latest period
 * @param latestInYear the row that counts for the unit, deliverable and {@code year}
 */
public record DeliverableStatus(Report report, String unit, String deliverable, int year, Status status,
                                LocalDate completedOn, String documentNo, boolean latest, boolean latestInYear,
                                Source statusSource, Source completedOnSource, Source documentSource) {
}
