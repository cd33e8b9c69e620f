package vn.hungyen.xhht.ruleset;

/** What a rule does, as the rule folder's layout says (docs/rule-authoring.md). */
public enum RuleKind {
    /** rules/targets: a target of section II. */
    TARGET,
    /** rules/deliverables: a deliverable a unit owes. */
    DUTY,
    /** rules/reporting: the reporting regime of section VI. */
    REPORTING,
    /** rules/checks: how targets, duties and data are judged, and severities. */
    CHECK,
    /** rules/plan and anything else: facts the other rules use. */
    PLAN;

    static RuleKind ofFile(String file) {
        String folder = file.contains("/") ? file.substring(0, file.indexOf('/')) : "";
        return switch (folder) {
            case "targets" -> TARGET;
            case "deliverables" -> DUTY;
            case "reporting" -> REPORTING;
            case "checks" -> CHECK;
            default -> PLAN;
        };
    }
}
