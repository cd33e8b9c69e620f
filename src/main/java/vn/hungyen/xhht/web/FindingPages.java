package vn.hungyen.xhht.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import vn.hungyen.xhht.message.Language;
import vn.hungyen.xhht.review.FindingQueries;
import vn.hungyen.xhht.system.Paging;

/** {@code /findings}: the findings of the last evaluation, filtered with a GET form and paged. */
@Controller
class FindingPages {

    private final FindingQueries findings;
    private final Choices choices;

    FindingPages(FindingQueries findings, Choices choices) {
        this.findings = findings;
        this.choices = choices;
    }

    @GetMapping("/findings")
    String list(@ModelAttribute("form") FindingForm form, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) Integer size,
                Language language, Model model) {
        model.addAttribute("findings", findings.findings(form.filter(), Paging.of(page, size), language));
        model.addAttribute("units", choices.units(language));
        model.addAttribute("unitKinds", choices.unitKinds(language));
        model.addAttribute("periods", choices.periods(language));
        model.addAttribute("kinds", choices.kinds(language));
        model.addAttribute("severities", choices.severities(language));
        model.addAttribute("codes", choices.codes(language));
        model.addAttribute("statuses", choices.statuses(language));
        return "findings";
    }
}
