package vn.hungyen.xhht.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import vn.hungyen.xhht.message.Language;
import vn.hungyen.xhht.review.Evaluation;
import vn.hungyen.xhht.review.FindingQueries;
import vn.hungyen.xhht.system.Paging;

/**
 * {@code /findings}: the findings of the last evaluation, filtered with a GET form, searched ({@code q}), sorted by
 * a column ({@code sort}, {@code dir}) and paged ({@code page}, {@code size}).
 */
@Controller
class FindingPages {

    /** The page sizes the list offers. */
    static final List<Integer> SIZES = List.of(20, 50, 100, 200);

    private final FindingQueries findings;
    private final Evaluation evaluation;
    private final Choices choices;

    FindingPages(FindingQueries findings, Evaluation evaluation, Choices choices) {
        this.findings = findings;
        this.evaluation = evaluation;
        this.choices = choices;
    }

    @GetMapping("/findings")
    String list(@ModelAttribute("form") FindingForm form, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) Integer size, @RequestParam(required = false) String q,
                @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
                Language language, Model model) {
        Paging paging = Paging.of(page, size);
        model.addAttribute("findings", FindingList.asked(q, sort)
                ? FindingList.of(findings.all(form.filter(), language), evaluation.last().orElse(null), q, sort, dir,
                        paging)
                : findings.findings(form.filter(), paging, language));
        model.addAttribute("q", q);
        model.addAttribute("sort", sort);
        model.addAttribute("sizes", SIZES);
        model.addAttribute("size", paging.size());
        model.addAttribute("sortable", true);
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
