package vn.hungyen.xhht.web;

import java.security.Principal;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.hungyen.xhht.message.Language;
import vn.hungyen.xhht.message.Messages;
import vn.hungyen.xhht.ruleset.Attempt;
import vn.hungyen.xhht.ruleset.Drafts;
import vn.hungyen.xhht.ruleset.PreviewView;
import vn.hungyen.xhht.ruleset.ReportView;
import vn.hungyen.xhht.ruleset.RuleSets;
import vn.hungyen.xhht.unit.RuleBook;

/**
 * The rule authors' pages: {@code /rules} (the stored rule sets, a draft to open or import; check and preview
 * the rule folder, then activate it; the activation log), {@code /rules/catalog} (every rule with the plan's words and its DRL) and {@code /rules/coverage}.
 */
@Controller
class RulePages {

    private final RuleSets ruleSets;
    private final Drafts drafts;
    private final RuleBook rules;

    RulePages(RuleSets ruleSets, Drafts drafts, RuleBook rules) {
        this.ruleSets = ruleSets;
        this.drafts = drafts;
        this.rules = rules;
    }

    @GetMapping("/rules")
    String authoring(Model model) {
        return authoring(model, null, null);
    }

    /** Compiles the folder aside, runs its scenarios and shows what it would change: nothing is activated. */
    @PostMapping("/rules/preview")
    String preview(Language language, Model model) {
        return authoring(model, PreviewView.of(ruleSets.preview(), rules.texts(language).findings()), null);
    }

    @PostMapping("/rules/activate")
    String activate(@RequestParam(required = false) String version, Principal principal, Model model) {
        Attempt attempt = ruleSets.activate(Optional.ofNullable(version).filter(v -> !v.isBlank()), "PAGE",
                principal.getName());
        return authoring(model, null, attempt);
    }

    private String authoring(Model model, PreviewView preview, Attempt attempt) {
        model.addAttribute("activeVersion", ruleSets.activeVersion());
        model.addAttribute("source", ruleSets.source().toString());
        model.addAttribute("preview", preview);
        model.addAttribute("attempt", attempt);
        model.addAttribute("history", ruleSets.history());
        model.addAttribute("sets", drafts.all());
        model.addAttribute("activeSet", ruleSets.active().orElse(null));
        model.addAttribute("fourEyes", ruleSets.fourEyes());
        return "rules";
    }

    @GetMapping("/rules/catalog")
    String catalog(@RequestParam(required = false) String clause, @RequestParam(required = false) String unit,
                   @RequestParam(required = false) String code, Model model) {
        model.addAttribute("activeVersion", ruleSets.activeVersion());
        model.addAttribute("entries", ruleSets.catalog().search(clause, unit, code));
        model.addAttribute("clause", clause);
        model.addAttribute("unit", unit);
        model.addAttribute("code", code);
        return "rule-catalog";
    }

    @GetMapping("/rules/coverage")
    String coverage(Language language, Model model) {
        model.addAttribute("report", ReportView.of(ruleSets.activeVersion(), ruleSets.report(), Messages.of(language)));
        return "rule-coverage";
    }
}
