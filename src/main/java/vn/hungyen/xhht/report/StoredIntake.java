package vn.hungyen.xhht.report;

import vn.hungyen.xhht.intake.Intake;

/** A stored report read back as the reader gave it, to be judged again. */
public record StoredIntake(StoredReport report, Intake intake) {
}
