package vn.hungyen.xhht.ruleset;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.hungyen.xhht.message.Language;
import vn.hungyen.xhht.message.Messages;
import vn.hungyen.xhht.system.ApiException;
import vn.hungyen.xhht.unit.RuleBook;

@RestController
@RequestMapping("/api/rules")
@Tag(name = "Rules", description = "The rule catalog, and the way from a rule set (a stored version, a draft, the "
        + "rule folder) to the active rules: candidate, impact preview, submission, approval and activation, coverage")
class RuleSetController {

    private final RuleSets ruleSets;
    private final Drafts drafts;
    private final RuleBook rules;

    RuleSetController(RuleSets ruleSets, Drafts drafts, RuleBook rules) {
        this.ruleSets = ruleSets;
        this.drafts = drafts;
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
                    + "The folder is stored as a rule set (ruleSet), nothing else; activate with "
                    + "POST /api/rules/reload?version=<candidate.version>.")
    PreviewView preview(Language language) {
        return PreviewView.of(ruleSets.preview(), rules.texts(language).findings());
    }

    @PostMapping("/reload")
    @Operation(summary = "Activate the rule folder: stored as a rule set and compiled aside, it replaces the active "
            + "rules only if it compiles and passes every scenario; the findings are then judged again",
            description = "With version, only if the folder is still the version previewed (else 409). A folder "
                    + "that does not compile or fails a scenario is refused with 422, listing the errors or the "
                    + "failed scenarios; the active rules stay. With four eyes (xhht.rules.four-eyes, the default) "
                    + "the folder is submitted instead (202, AWAITING_APPROVAL), and activated when a second rule "
                    + "author reloads it or approves its rule set.")
    ResponseEntity<?> reload(@Parameter(description = "the version the preview showed")
                             @RequestParam(required = false) String version, Principal principal, Language language) {
        Attempt attempt = ruleSets.activate(Optional.ofNullable(version).filter(v -> !v.isBlank()), "API",
                principal.getName());
        return answer(attempt, version, language);
    }

    private static ResponseEntity<?> answer(Attempt attempt, String version, Language language) {
        Activation a = attempt.activation();
        Messages messages = Messages.of(language);
        return switch (a.outcome()) {
            case ACTIVATED, UNCHANGED -> ResponseEntity.ok(a);
            case AWAITING_APPROVAL -> ResponseEntity.accepted().body(a);
            case REFUSED_CHANGED -> problem(HttpStatus.CONFLICT,
                    messages.text("rules.refused.changed", version, a.version()), attempt);
            case REFUSED_COMPILE, REFUSED_SCENARIOS -> problem(HttpStatus.UNPROCESSABLE_CONTENT,
                    messages.text("rules.refused." + a.outcome().name(), a.previousVersion()), attempt);
            case REFUSED_NOT_SUBMITTED -> problem(HttpStatus.CONFLICT,
                    messages.text("rules.refused.REFUSED_NOT_SUBMITTED", a.ruleSet()), attempt);
            case REFUSED_SAME_AUTHOR -> problem(HttpStatus.FORBIDDEN,
                    messages.text("rules.refused.REFUSED_SAME_AUTHOR", a.ruleSet()), attempt);
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

    @GetMapping("/versions")
    @Operation(summary = "Every stored rule set, newest first: status (DRAFT, SUBMITTED, ACTIVATED), origin, who "
            + "made, submitted and approved it and why, its compilation errors, whether it is in use")
    List<RuleVersion> versions() {
        return drafts.all();
    }

    @GetMapping("/versions/{id}")
    @Operation(summary = "One stored rule set and the paths of its files")
    VersionView version(@PathVariable long id) {
        return new VersionView(drafts.find(id), List.copyOf(drafts.files(id).files().keySet()));
    }

    /** A stored rule set with its files' paths. */
    record VersionView(RuleVersion version, List<String> files) {
    }

    @GetMapping(value = "/versions/{id}/file", produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "One file of a stored rule set, as text (UTF-8)")
    String file(@PathVariable long id, @Parameter(description = "e.g. targets/training.drl") @RequestParam String path) {
        return drafts.files(id).text(path).orElseThrow(() -> ApiException.notFound("api.error.noRuleFile", path, id));
    }

    @PostMapping("/versions")
    @Operation(summary = "Open a draft: a copy of rule set \"from\" (the active one when absent; an earlier one to "
            + "roll back), with the reason given")
    ResponseEntity<RuleVersion> open(@RequestBody(required = false) OpenDraft request, Principal principal) {
        OpenDraft open = request == null ? new OpenDraft(null, null) : request;
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(drafts.open(Optional.ofNullable(open.from()), open.reason(), principal.getName()));
    }

    record OpenDraft(Long from, String reason) {
    }

    @PostMapping(value = "/versions/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a zip of a rule folder (as GET /api/rules/versions/{id}/zip gives) as a draft",
            description = "Multipart part \"file\"; the draft is compiled and its errors listed.")
    ResponseEntity<RuleVersion> importZip(@RequestPart("file") MultipartFile file,
                                          @RequestParam(required = false) String reason, Principal principal) {
        try {
            return ResponseEntity.status(HttpStatus.CREATED)
                    .body(drafts.importZip(file.getBytes(), reason, principal.getName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/versions/{id}/zip")
    @Operation(summary = "A stored rule set as a zip of its rule folder, to keep in git or import elsewhere")
    ResponseEntity<byte[]> zip(@PathVariable long id) {
        RuleVersion version = drafts.find(id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("rules-" + id + "-" + version.shortHash() + ".zip").build().toString())
                .body(drafts.files(id).zip());
    }

    @PutMapping(value = "/versions/{id}/file", consumes = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "Save one file of a draft (added or replaced); the draft is compiled",
            description = "The answer is the draft with its compilation errors at their file, line and column "
                    + "(none when it compiles). 409 when the rule set is no longer a draft.")
    RuleVersion save(@PathVariable long id, @RequestParam String path, @RequestBody(required = false) String text,
                     Principal principal) {
        return drafts.save(id, path, text == null ? "" : text, principal.getName());
    }

    @DeleteMapping("/versions/{id}/file")
    @Operation(summary = "Delete one file of a draft; the draft is compiled")
    RuleVersion deleteFile(@PathVariable long id, @RequestParam String path, Principal principal) {
        return drafts.delete(id, path, principal.getName());
    }

    @GetMapping("/versions/{id}/diff")
    @Operation(summary = "Each file that differs from rule set \"against\" (the active one when absent), line by line")
    List<FileDiff> diff(@PathVariable long id, @RequestParam(required = false) Long against) {
        return drafts.diff(id, Optional.ofNullable(against));
    }

    @PostMapping("/versions/{id}/preview")
    @Operation(summary = "A stored rule set's scenarios and impact preview against the rules in use; nothing changes")
    PreviewView previewVersion(@PathVariable long id, Language language) {
        drafts.find(id);
        return PreviewView.of(ruleSets.preview(id), rules.texts(language).findings());
    }

    @PostMapping("/versions/{id}/submit")
    @Operation(summary = "Submit a draft for approval by a second rule author",
            description = "Only a draft that compiles and passes every scenario (else 422 with its errors or failed "
                    + "scenarios); it can no longer be edited.")
    ResponseEntity<?> submit(@PathVariable long id, Principal principal, Language language) {
        Candidate candidate = drafts.submit(id, principal.getName());
        if (!candidate.usable()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                    Messages.of(language).text("rules.refused.submit", id));
            problem.setProperty("errors", candidate.errors());
            problem.setProperty("failedScenarios", candidate.failedScenarios());
            return ResponseEntity.unprocessableContent().body(problem);
        }
        return ResponseEntity.ok(drafts.find(id));
    }

    @PostMapping("/versions/{id}/activate")
    @Operation(summary = "Approve a submitted rule set and activate it",
            description = "With four eyes (the default) only by a rule author other than the one who submitted it "
                    + "(else 403), and only a submitted one (else 409); it must compile and pass every scenario "
                    + "(else 422). The findings are then judged again.")
    ResponseEntity<?> activate(@PathVariable long id, Principal principal, Language language) {
        return answer(ruleSets.activate(id, "API", principal.getName()), null, language);
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
