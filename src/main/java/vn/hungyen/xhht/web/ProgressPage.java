package vn.hungyen.xhht.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.hungyen.xhht.message.Language;
import vn.hungyen.xhht.progress.Progress;

/**
 * {@code /progress}: every unit against every indicator for a year; {@code /progress/{unit}}: a unit's scorecard;
 * {@code /progress/{unit}/{indicator}}: the chart of one indicator (drawn in the browser from the JSON API).
 */
@Controller
class ProgressPage {

    private final Progress progress;

    ProgressPage(Progress progress) {
        this.progress = progress;
    }

    @GetMapping("/progress")
    String overview(@RequestParam(required = false) Integer year, Language language, Model model) {
        model.addAttribute("view", progress.overview(year, language));
        return "progress";
    }

    @GetMapping("/progress/{unit}")
    String scorecard(@PathVariable String unit, Language language, Model model) {
        model.addAttribute("card", progress.scorecard(unit, language));
        return "progress-unit";
    }

    @GetMapping("/progress/{unit}/{indicator}")
    String chart(@PathVariable String unit, @PathVariable String indicator, Language language, Model model) {
        model.addAttribute("chart", progress.chart(unit, indicator, language));
        return "progress-chart";
    }
}
