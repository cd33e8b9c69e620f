package vn.hungyen.xhht.samples;

import java.time.LocalDate;
import vn.hungyen.xhht.plan.Status;

/** A row of "Nhiệm vụ" as the sender means it. */
record DutyLine(String deliverable, Status status, LocalDate completedOn, String documentNo, String note) {

    static DutyLine done(String deliverable, LocalDate on, String documentNo, String note) {
        return new DutyLine(deliverable, Status.DONE, on, documentNo, note);
    }

    static DutyLine open(String deliverable, Status status, String note) {
        return new DutyLine(deliverable, status, null, null, note);
    }

    DutyLine withoutDocument() {
        return new DutyLine(deliverable, status, completedOn, null, note);
    }
}
