package vn.hungyen.xhht.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.hungyen.xhht.message.Language;
import vn.hungyen.xhht.notice.Notices;
import vn.hungyen.xhht.plan.UnitKind;

/**
 * {@code /notices}: per unit, what falls due soon and what became overdue, as of a day (default today; the plan
 * ran 2013-2020, so the form offers any day).
 */
@Controller
class NoticePage {

    private final Notices notices;
    private final Choices choices;

    NoticePage(Notices notices, Choices choices) {
        this.notices = notices;
        this.choices = choices;
    }

    @GetMapping("/notices")
    String view(@RequestParam(required = false) @DateTimeFormat(pattern = PageDates.TYPED, fallbackPatterns = PageDates.LINKED) LocalDate asOf,
                @RequestParam(required = false) @DateTimeFormat(pattern = PageDates.TYPED, fallbackPatterns = PageDates.LINKED) LocalDate since,
                @RequestParam(required = false) Integer days, @RequestParam(required = false) String unit,
                @RequestParam(required = false) UnitKind unitKind, Language language, Model model) {
        var view = notices.notices(asOf, since, days, unit, unitKind == null ? List.of() : List.of(unitKind),
                language);
        model.addAttribute("view", view);
        model.addAttribute("days", days == null ? Notices.DEFAULT_DAYS : days);
        model.addAttribute("unit", unit);
        model.addAttribute("unitKind", unitKind == null ? null : unitKind.name());
        model.addAttribute("units", choices.units(language));
        model.addAttribute("unitKinds", choices.unitKinds(language));
        return "notices";
    }
}
