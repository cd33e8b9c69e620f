package vn.hungyen.xhht.review;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hungyen.xhht.system.ApiException;
import vn.hungyen.xhht.system.Paging;
import vn.hungyen.xhht.system.ResultPage;

/**
 * Auditors' decisions on findings ({@link Decision}), each checked against the finding's status and written to
 * the audit log with who and when, in one transaction.
 */
@Service
public class Reviews {

    static final int MAX_REVIEWER = 100;
    static final int MAX_TEXT = 4000;
    static final int MAX_YEAR = 9999;

    private final FindingRepository findings;
    private final AuditLog log;
    private final Clock clock;

    Reviews(FindingRepository findings, AuditLog log, Clock clock) {
        this.findings = findings;
        this.log = log;
        this.clock = clock;
    }

    /**
     * Applies a decision; refused (400) when the reviewer, text or date is missing or wrong, and (409) when the
     * finding's status does not allow it, e.g. accepting a resolved finding, or when another change came first.
     */
    @Transactional
    public void decide(long id, Decision decision, ReviewRequest request) {
        StoredFinding finding = findings.find(id)
                .orElseThrow(() -> ApiException.notFound("api.error.unknownFinding", String.valueOf(id)));
        String reviewer = text(request.reviewer(), MAX_REVIEWER, true, "review.error.reviewer");
        String text = text(request.text(), MAX_TEXT, decision.needsText(), "review.error.text");
        LocalDate today = LocalDate.now(clock);
        LocalDate until = null;
        if (decision == Decision.WAIVE) {
            until = request.until();
            if (until == null) {
                throw ApiException.badRequest("review.error.until");
            }
            if (until.isBefore(today)) {
                throw ApiException.badRequest("review.error.untilPast", until, today);
            }
            if (until.getYear() > MAX_YEAR) {
                // "+5874898-01-01" is a date to Java, not to PostgreSQL
                throw ApiException.badRequest("review.error.untilFar", String.valueOf(MAX_YEAR));
            }
        }
        ReviewStatus before = finding.review().status();
        if (!decision.allowedFrom(before)) {
            throw new ApiException(HttpStatus.CONFLICT, "review.error.from." + before.name(), String.valueOf(id));
        }
        ReviewStatus after = decision.after(before);
        OffsetDateTime at = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        if (decision != Decision.COMMENT
                && !findings.decide(id, before, after, decision == Decision.REOPEN ? null : text, until, reviewer, at)) {
            throw new ApiException(HttpStatus.CONFLICT, "review.error.changed", String.valueOf(id));
        }
        log.append(new AuditEntry(null, at, reviewer, decision.recordedAs(), id, before, after, text, until, null,
                null, null));
    }

    public List<AuditEntry> history(long findingId) {
        findings.find(findingId).orElseThrow(() -> ApiException.notFound("api.error.unknownFinding",
                String.valueOf(findingId)));
        return log.ofFinding(findingId);
    }

    public ResultPage<AuditEntry> log(String actor, boolean bySystem, Paging paging) {
        return log.page(actor, bySystem, paging);
    }

    /** The text stripped, null when blank; refused when needed and blank, or longer than {@code max}. */
    private static String text(String value, int max, boolean needed, String key) {
        String text = value == null || value.isBlank() ? null : value.strip();
        if (text == null ? needed : text.length() > max) {
            throw ApiException.badRequest(key, max);
        }
        return text;
    }
}
