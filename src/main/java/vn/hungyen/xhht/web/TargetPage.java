package vn.hungyen.xhht.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.hungyen.xhht.message.Language;
import vn.hungyen.xhht.review.Targets;

/** {@code /targets}: each target of the plan for each year, and which units meet it, miss it or gave no value. */
@Controller
class TargetPage {

    private final Targets targets;
    private final Choices choices;

    TargetPage(Targets targets, Choices choices) {
        this.targets = targets;
        this.choices = choices;
    }

    @GetMapping("/targets")
    String list(@RequestParam(required = false) String indicator, @RequestParam(required = false) Integer year,
                Language language, Model model) {
        model.addAttribute("groups", targets.targets(indicator, year, language));
        model.addAttribute("indicator", indicator);
        model.addAttribute("year", year == null ? null : String.valueOf(year));
        model.addAttribute("indicators", choices.indicators(language));
        model.addAttribute("years", choices.targetYears());
        return "targets";
    }
}
