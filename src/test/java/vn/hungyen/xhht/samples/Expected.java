package vn.hungyen.xhht.samples;

import vn.hungyen.xhht.plan.FindingKind;
import vn.hungyen.xhht.plan.Severity;

/**
 * A finding a planted breach must produce, as the check prints it. {@code unit} is null for a file that
 * gave no report; {@code source} is the file inside sample-reports/, with sheet and cell when there is one.
 */
record Expected(FindingKind kind, String ruleId, Severity severity, String unit, String source) {
}
