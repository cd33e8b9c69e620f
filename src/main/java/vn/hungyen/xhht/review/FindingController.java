package vn.hungyen.xhht.review;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hungyen.xhht.message.Language;
import vn.hungyen.xhht.plan.FindingKind;
import vn.hungyen.xhht.plan.Severity;
import vn.hungyen.xhht.plan.UnitKind;
import vn.hungyen.xhht.system.Caller;
import vn.hungyen.xhht.system.Paging;
import vn.hungyen.xhht.system.RequestPeriods;

@RestController
@RequestMapping("/api/findings")
@Tag(name = "Findings", description = "What the rules found in the stored reports, as of today")
class FindingController {

    private final FindingQueries findings;

    FindingController(FindingQueries findings) {
        this.findings = findings;
    }

    @GetMapping
    @Operation(summary = "List the findings, filtered and paged; by default those that stand",
            description = "In the checker's order: unit, period, kind, code. Messages are rendered in the "
                    + "request's language. Several values of kind, severity or unitKind match any of them.")
    FindingQueries.FindingPage list(
            @Parameter(description = "unit code, e.g. H_VANLAM") @RequestParam(required = false) String unit,
            @Parameter(description = "kinds of unit") @RequestParam(required = false) List<UnitKind> unitKind,
            @Parameter(description = "period, e.g. 2015-H2") @RequestParam(required = false) String period,
            @Parameter(description = "kinds of finding") @RequestParam(required = false) List<FindingKind> kind,
            @Parameter(description = "severities") @RequestParam(required = false) List<Severity> severity,
            @Parameter(description = "indicator or deliverable code, e.g. LIT_15_60 or PL03")
            @RequestParam(required = false) String code,
            @Parameter(description = "id of the rule, e.g. LIT_15_60.2015") @RequestParam(required = false) String ruleId,
            @Parameter(description = "id of the stored report concerned") @RequestParam(required = false) Long report,
            @Parameter(description = "review statuses; none: the findings that stand (OPEN, ACCEPTED, WAIVED)")
            @RequestParam(required = false) List<ReviewStatus> status,
            @Parameter(description = "0-based page") @RequestParam(required = false) Integer page,
            @Parameter(description = "page size, 1 to 1000 (default 50)") @RequestParam(required = false) Integer size,
            Language language, Principal principal) {
        FindingFilter filter = new FindingFilter(unit, unitKind,
                RequestPeriods.parse("period", period).orElse(null), kind, severity, code, ruleId, report, status);
        FindingQueries.FindingPage found = findings.findings(filter, Paging.of(page, size), language);
        return found.evaluation() == null ? found : found.withEvaluation(found.evaluation().seenBy(Caller.of(principal)));
    }
}
