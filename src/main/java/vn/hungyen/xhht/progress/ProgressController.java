package vn.hungyen.xhht.progress;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hungyen.xhht.message.Language;

@RestController
@RequestMapping("/api/progress")
@Tag(name = "Progress", description = "Progress toward the targets of section II: scorecards, trends and projections "
        + "(Open SDG's progress measure); projections are information, never findings")
class ProgressController {

    private final Progress progress;

    ProgressController(Progress progress) {
        this.progress = progress;
    }

    @GetMapping
    @Operation(summary = "Every unit against every indicator for one year: met, not met, not reported or not due")
    Overview overview(
            @Parameter(description = "year, e.g. 2015; default: the latest milestone whose reports were due")
            @RequestParam(required = false) Integer year,
            Language language) {
        return progress.overview(year, language);
    }

    @GetMapping("/{unit}")
    @Operation(summary = "A unit's scorecard: each target by year with the value that counts, and the projection to "
            + "each milestone")
    Scorecard scorecard(@PathVariable String unit, Language language) {
        return progress.scorecard(unit, language);
    }

    @GetMapping("/{unit}/{indicator}")
    @Operation(summary = "A unit's values of an indicator by year, the milestones' targets and the projections: what "
            + "the chart draws")
    Chart chart(@PathVariable String unit, @PathVariable String indicator, Language language) {
        return progress.chart(unit, indicator, language);
    }
}
