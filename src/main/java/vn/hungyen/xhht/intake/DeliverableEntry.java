package vn.hungyen.xhht.intake;

import java.time.LocalDate;
import vn.hungyen.xhht.plan.Status;

/**
 * One row of "Nhiệm vụ". Each source points at the cell a finding about that field should name
 * (the status cell when the column itself is absent).
 */
public record DeliverableEntry(String deliverable, Status status, LocalDate completedOn, String documentNo,
                               String note, Source statusSource, Source completedOnSource, Source documentSource) {
}
