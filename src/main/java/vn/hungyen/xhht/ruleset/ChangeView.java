package vn.hungyen.xhht.ruleset;

import vn.hungyen.xhht.engine.Finding;
import vn.hungyen.xhht.message.FindingMessages;

/**
 * A change of the preview as the API and the page show it: the breach, its severity before and after (null on
 * the side where it does not exist), and its message in the reader's language.
 */
public record ChangeView(String key, String kind, String ruleId, String unit, String period, String code,
                         Integer year, String severityBefore, String severityAfter, String citation,
                         String message) {

    static ChangeView of(Change c, FindingMessages messages) {
        Finding f = c.finding();
        return new ChangeView(c.key(), f.kind().name(), f.ruleId(), f.unit(),
                f.period() == null ? null : f.period().code(), f.indicator() != null ? f.indicator() : f.deliverable(),
                f.year(), c.before() == null ? null : c.before().severity().name(),
                c.after() == null ? null : c.after().severity().name(), f.citation(), messages.message(f));
    }
}
