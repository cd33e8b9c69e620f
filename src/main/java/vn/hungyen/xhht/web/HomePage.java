package vn.hungyen.xhht.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.hungyen.xhht.message.Language;
import vn.hungyen.xhht.plan.FindingKind;
import vn.hungyen.xhht.plan.Severity;
import vn.hungyen.xhht.review.Evaluation;
import vn.hungyen.xhht.review.FindingFilter;
import vn.hungyen.xhht.review.FindingQueries;
import vn.hungyen.xhht.review.ReportFilter;
import vn.hungyen.xhht.review.ReportQueries;
import vn.hungyen.xhht.system.Paging;

/** {@code /}: a small dashboard, the findings counted by severity and kind, each count a link to them. */
@Controller
class HomePage {

    private static final Paging COUNT_ONLY = new Paging(0, 1);

    private final FindingQueries findings;
    private final ReportQueries reports;
    private final Evaluation evaluation;
    private final Choices choices;

    HomePage(FindingQueries findings, ReportQueries reports, Evaluation evaluation, Choices choices) {
        this.findings = findings;
        this.reports = reports;
        this.evaluation = evaluation;
        this.choices = choices;
    }

    @GetMapping("/")
    String home(Language language, Model model) {
        List<Count> bySeverity = choices.severities(language).stream().map(c -> new Count(c, count(
                new FindingFilter(null, null, null, null, List.of(Severity.valueOf(c.value())), null, null, null,
                        null),
                language))).toList();
        List<Count> byKind = choices.kinds(language).stream().map(c -> new Count(c, count(
                new FindingFilter(null, null, null, List.of(FindingKind.valueOf(c.value())), null, null, null, null,
                        null),
                language))).toList();
        long current = reports.reports(new ReportFilter(null, null, null, true, null), COUNT_ONLY, language).total();
        long late = reports.reports(new ReportFilter(null, null, null, true, true), COUNT_ONLY, language).total();
        model.addAttribute("dashboard", new Dashboard(evaluation.last().orElse(null),
                count(FindingFilter.none(), language), bySeverity, byKind, current, late));
        return "index";
    }

    private long count(FindingFilter filter, Language language) {
        return findings.findings(filter, COUNT_ONLY, language).total();
    }
}
