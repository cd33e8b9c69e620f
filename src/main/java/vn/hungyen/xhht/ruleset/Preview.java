package vn.hungyen.xhht.ruleset;

import java.time.LocalDate;
import java.util.List;

/**
 * What activating the candidate would change, judged on every stored report as of {@code asOf}: findings
 * added, removed, and kept with another severity. Empty lists when the candidate cannot be used.
 */
public record Preview(long ruleSet, String activeVersion, Candidate candidate, LocalDate asOf, int reports, List<Change> added,
                      List<Change> removed, List<Change> severityChanged) {
}
