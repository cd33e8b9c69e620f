package vn.hungyen.xhht.ruleset;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hungyen.xhht.message.Language;
import vn.hungyen.xhht.message.Messages;
import vn.hungyen.xhht.system.ApiException;
import vn.hungyen.xhht.unit.RuleBook;

@RestController
@RequestMapping("/api/rules")
@Tag(name = "Rules", description = "The rule catalog, and the way from the rule folder to the active rules: "
        + "candidate, impact preview, activation, coverage")
class RuleSetController {

    private final RuleSets ruleSets;
    private final RuleBook rules;

    RuleSetController(RuleSets ruleSets, RuleBook rules) {
        this.ruleSets = ruleSets;
        this.rules = rules;
    }

    @GetMapping
    @Operation(summary = "Every rule of the active rule set: id, clause and the plan's words, severity, kind, "
            + "owners, codes, DRL, and how many stored findings name it",
            description = "clause matches the clause and those under it (II.1 finds II.1.a); unit an owner; code a "
                    + "part of the rule id or of an indicator or deliverable code. Case is ignored.")
    List<CatalogEntry> catalog(@Parameter(description = "clause, e.g. II.1.c or PL 13") @RequestParam(required = false) String clause,
                               @Parameter(description = "unit code, e.g. H_VANLAM") @RequestParam(required = false) String unit,
                               @Parameter(description = "code, e.g. RURAL_CLC or PL03") @RequestParam(required = false) String code) {
        return ruleSets.catalog().search(clause, unit, code);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One rule of the catalog")
    CatalogEntry rule(@PathVariable String id) {
        return ruleSets.catalog().find(id).orElseThrow(() -> ApiException.notFound("api.error.noRule", id));
    }

    @PostMapping("/candidate")
    @Operation(summary = "Compile the rule folder aside and run its scenarios; nothing active changes",
            description = "Compilation errors give file (relative to the rule folder), line, column and message.")
    Candidate candidate() {
        return ruleSets.candidate();
    }

    @PostMapping("/preview")
    @Operation(summary = "Impact preview: what the rule folder would change in the findings of the stored reports",
            description = "Findings added, removed and kept with another severity, by the breach's identity. "
                    + "Nothing is stored; activate with POST /api/rules/reload?version=<candidate.version>.")
    PreviewView preview(Language language) {
        return PreviewView.of(ruleSets.preview(), rules.texts(language).findings());
    }

    @PostMapping("/reload")
    @Operation(summary = "Activate the rule folder: compiled aside, it replaces the active rules only if it "
            + "compiles and passes every scenario; the findings are then judged again",
            description = "With version, only if the folder is still the version previewed (else 409). A folder "
                    + "that does not compile or fails a scenario is refused with 422, listing the errors or the "
                    + "failed scenarios; the active rules stay.")
    ResponseEntity<?> reload(@Parameter(description = "the version the preview showed")
                             @RequestParam(required = false) String version, Language language) {
        Attempt attempt = ruleSets.activate(Optional.ofNullable(version).filter(v -> !v.isBlank()), "API");
        Activation a = attempt.activation();
        Messages messages = Messages.of(language);
        return switch (a.outcome()) {
            case ACTIVATED, UNCHANGED -> ResponseEntity.ok(a);
            case REFUSED_CHANGED -> problem(HttpStatus.CONFLICT,
                    messages.text("rules.refused.changed", version, a.version()), attempt);
            case REFUSED_COMPILE, REFUSED_SCENARIOS -> problem(HttpStatus.UNPROCESSABLE_CONTENT,
                    messages.text("rules.refused." + a.outcome().name(), a.previousVersion()), attempt);
        };
    }

    /** A refusal, with the errors (file, line, column, message) or the failed scenarios a rule author needs. */
    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, Attempt attempt) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("activation", attempt.activation());
        problem.setProperty("errors", attempt.candidate().errors());
        problem.setProperty("failedScenarios", attempt.candidate().failedScenarios());
        if (attempt.candidate().problem() != null) {
            problem.setProperty("problem", attempt.candidate().problem());
        }
        return ResponseEntity.status(status).body(problem);
    }

    @GetMapping("/activations")
    @Operation(summary = "The last 50 activation attempts, newest first")
    List<Activation> activations() {
        return ruleSets.history();
    }

    @GetMapping("/report")
    @Operation(summary = "Coverage and lint of the active rule set: catalog items with no rule, rules with no "
            + "scenario, rules that can never fire or repeat another, and the plan's known issues")
    ReportView report(Language language) {
        return ReportView.of(ruleSets.activeVersion(), ruleSets.report(), Messages.of(language));
    }
}
