package vn.hungyen.xhht.ruleset;

import java.time.LocalDate;
import java.util.List;
import vn.hungyen.xhht.message.FindingMessages;

/** A preview as the API and the page show it: the candidate and the changes, messages in the reader's language. */
public record PreviewView(long ruleSet, String activeVersion, Candidate candidate, LocalDate asOf, int reports,
                          List<ChangeView> added, List<ChangeView> removed, List<ChangeView> severityChanged) {

    public static PreviewView of(Preview p, FindingMessages messages) {
        return new PreviewView(p.ruleSet(), p.activeVersion(), p.candidate(), p.asOf(), p.reports(),
                p.added().stream().map(c -> ChangeView.of(c, messages)).toList(),
                p.removed().stream().map(c -> ChangeView.of(c, messages)).toList(),
                p.severityChanged().stream().map(c -> ChangeView.of(c, messages)).toList());
    }
}
