package vn.hungyen.xhht.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.hungyen.xhht.export.UnitReports;
import vn.hungyen.xhht.message.Language;
import vn.hungyen.xhht.system.RequestPeriods;

/**
 * {@code /units/{unit}/periods/{period}/print}: a unit's report for a period on A4 paper (the print stylesheet
 * drops the navigation), whether or not the unit sent one.
 */
@Controller
class UnitReportPage {

    private final UnitReports reports;

    UnitReportPage(UnitReports reports) {
        this.reports = reports;
    }

    @GetMapping("/units/{unit}/periods/{period}/print")
    String print(@PathVariable String unit, @PathVariable String period, Language language, Model model) {
        model.addAttribute("r", reports.report(unit, RequestPeriods.parse("period", period).orElseThrow(), language));
        return "print";
    }
}
