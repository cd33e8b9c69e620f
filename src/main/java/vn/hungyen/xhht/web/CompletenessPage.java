package vn.hungyen.xhht.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.hungyen.xhht.message.Language;
import vn.hungyen.xhht.plan.UnitKind;
import vn.hungyen.xhht.review.Completeness;

/**
 * {@code /completeness}: who had reported for which period as of a day (default today), with the reporting and
 * on-time rates per period as DHIS2 shows them.
 */
@Controller
class CompletenessPage {

    private final Completeness completeness;
    private final Choices choices;

    CompletenessPage(Completeness completeness, Choices choices) {
        this.completeness = completeness;
        this.choices = choices;
    }

    @GetMapping("/completeness")
    String view(@RequestParam(required = false) @DateTimeFormat(pattern = PageDates.TYPED, fallbackPatterns = PageDates.LINKED) LocalDate asOf,
                @RequestParam(required = false) UnitKind unitKind, Language language, Model model) {
        LocalDate day = asOf == null ? completeness.today() : asOf;
        model.addAttribute("view", completeness.asOf(day, unitKind == null ? List.of() : List.of(unitKind),
                language));
        model.addAttribute("unitKind", unitKind == null ? null : unitKind.name());
        model.addAttribute("unitKinds", choices.unitKinds(language));
        return "completeness";
    }
}
