package vn.hungyen.xhht.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.hungyen.xhht.message.Language;
import vn.hungyen.xhht.plan.Period;
import vn.hungyen.xhht.system.ApiException;
import vn.hungyen.xhht.system.RequestPeriods;
import vn.hungyen.xhht.unit.RuleBook;

/**
 * {@code /templates}: pick a unit and a period, get the link to its blank workbook
 * ({@code /api/templates/{unit}/{period}}). A plain GET form, so that it works without scripts.
 */
@Controller
class TemplatePage {

    private final RuleBook rules;
    private final Choices choices;

    TemplatePage(RuleBook rules, Choices choices) {
        this.rules = rules;
        this.choices = choices;
    }

    @GetMapping("/templates")
    String pick(@RequestParam(required = false) String unit, @RequestParam(required = false) String period,
                Language language, Model model) {
        Period chosen = RequestPeriods.parse("period", period).orElse(null);
        boolean hasUnit = unit != null && !unit.isBlank();
        if (hasUnit && rules.register().find(unit.strip()).isEmpty()) {
            throw ApiException.notFound("api.error.unknownUnit", unit);
        }
        if (hasUnit && chosen != null) {
            model.addAttribute("download", new TemplateDownload(unit.strip(), chosen.code(),
                    rules.texts(language).names().unit(unit.strip()),
                    rules.texts(language).messages().period(chosen)));
        }
        model.addAttribute("unit", hasUnit ? unit.strip() : null);
        model.addAttribute("period", chosen == null ? null : chosen.code());
        model.addAttribute("units", choices.units(language));
        model.addAttribute("periods", choices.periods(language));
        return "templates";
    }

    /** The workbook picked: where to download it, and whose and which period it is, in words. */
    record TemplateDownload(String unit, String period, String unitName, String periodLabel) {

        public String path() {
            return "/api/templates/" + unit + "/" + period;
        }
    }
}
