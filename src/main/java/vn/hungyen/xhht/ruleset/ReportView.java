package vn.hungyen.xhht.ruleset;

import java.util.List;
import vn.hungyen.xhht.message.Messages;

/** The coverage and lint report with each item's sentence in the reader's language. */
public record ReportView(String version, boolean catalogFound, List<Line> catalogGaps,
                         List<String> filesWithoutScenario, List<String> rulesWithoutScenario, List<Line> neverFire,
                         List<Line> duplicates, List<RuleReport.KnownIssue> knownIssues) {

    /** One item: the rule or code, where it is written (file and line, for a rule), and what is wrong. */
    public record Line(String subject, String file, int line, String text) {
    }

    public static ReportView of(String version, RuleReport r, Messages messages) {
        return new ReportView(version, r.catalogFound(), lines(r.catalogGaps(), messages), r.filesWithoutScenario(),
                r.rulesWithoutScenario(), lines(r.neverFire(), messages), lines(r.duplicates(), messages),
                r.knownIssues());
    }

    private static List<Line> lines(List<RuleReport.Item> items, Messages messages) {
        return items.stream().map(i -> new Line(i.subject(), i.file(), i.line(),
                messages.text(i.key(), i.args().toArray()))).toList();
    }
}
