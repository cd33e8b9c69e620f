package vn.hungyen.xhht.review;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.hungyen.xhht.message.Language;
import vn.hungyen.xhht.message.Messages;
import vn.hungyen.xhht.system.ApiException;
import vn.hungyen.xhht.system.Paging;
import vn.hungyen.xhht.system.ResultPage;

/**
 * Auditors' review of findings, and the audit log. The log has no endpoint that changes or removes an entry:
 * every decision adds one.
 */
@RestController
@Tag(name = "Review", description = "Accept, waive, reopen and comment findings; their history")
class ReviewController {

    private final Reviews reviews;
    private final FindingQueries findings;

    ReviewController(Reviews reviews, FindingQueries findings) {
        this.reviews = reviews;
        this.findings = findings;
    }

    /** Several findings accepted or waived with one explanation ({@code ids}, {@code decision}, {@code text}, {@code until}). */
    @PostMapping("/api/findings/review")
    @Operation(summary = "Accept or waive several findings at once; each is decided and audited on its own")
    BulkReview.Outcome decideMany(@RequestBody BulkRequest request, Principal principal, Language language) {
        if (request.decision() != Decision.ACCEPT && request.decision() != Decision.WAIVE) {
            throw ApiException.badRequest("api.error.missingParameter", "decision");
        }
        return BulkReview.decide(reviews, request.ids(), request.decision(), Reviewer.of(new ReviewRequest(null,
                request.text(), request.until()), principal), Messages.of(language));
    }

    /** The API's body of a decision on several findings: ACCEPT or WAIVE. */
    record BulkRequest(List<Long> ids, Decision decision, String text, LocalDate until) {
    }

    @GetMapping("/api/findings/{id}")
    @Operation(summary = "One finding, whatever its status, with its review and its history")
    FindingQueries.FindingDetail one(@PathVariable long id, Language language) {
        return findings.finding(id, language);
    }

    @PostMapping("/api/findings/{id}/accept")
    @Operation(summary = "Accept an open (or waived) finding, with an explanation")
    FindingQueries.FindingDetail accept(@PathVariable long id, @RequestBody ReviewRequest request,
                                        Principal principal, Language language) {
        return decide(id, Decision.ACCEPT, request, principal, language);
    }

    @PostMapping("/api/findings/{id}/waive")
    @Operation(summary = "Waive a finding until a date (inclusive), with a reason; it opens again the day after")
    FindingQueries.FindingDetail waive(@PathVariable long id, @RequestBody ReviewRequest request,
                                       Principal principal, Language language) {
        return decide(id, Decision.WAIVE, request, principal, language);
    }

    @PostMapping("/api/findings/{id}/reopen")
    @Operation(summary = "Take back an acceptance or a waiver")
    FindingQueries.FindingDetail reopen(@PathVariable long id, @RequestBody ReviewRequest request,
                                        Principal principal, Language language) {
        return decide(id, Decision.REOPEN, request, principal, language);
    }

    @PostMapping("/api/findings/{id}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Comment on a finding, whatever its status")
    FindingQueries.FindingDetail comment(@PathVariable long id, @RequestBody ReviewRequest request,
                                         Principal principal, Language language) {
        return decide(id, Decision.COMMENT, request, principal, language);
    }

    @GetMapping("/api/audit")
    @Operation(summary = "The audit log, newest first",
            description = "Every change of a finding's review: the evaluation's (actor null) and the auditors'.")
    ResultPage<AuditView> log(
            @Parameter(description = "only this actor's entries") @RequestParam(required = false) String actor,
            @Parameter(description = "only the evaluation's entries") @RequestParam(defaultValue = "false")
            boolean system,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            Language language) {
        return findings.log(actor, system, Paging.of(page, size), language);
    }

    private FindingQueries.FindingDetail decide(long id, Decision decision, ReviewRequest request,
                                                Principal principal, Language language) {
        reviews.decide(id, decision, Reviewer.of(request, principal));
        return findings.finding(id, language);
    }
}
