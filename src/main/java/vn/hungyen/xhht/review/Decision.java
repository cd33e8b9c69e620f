package vn.hungyen.xhht.review;

import static vn.hungyen.xhht.review.ReviewStatus.ACCEPTED;
import static vn.hungyen.xhht.review.ReviewStatus.OPEN;
import static vn.hungyen.xhht.review.ReviewStatus.RESOLVED;
import static vn.hungyen.xhht.review.ReviewStatus.WAIVED;

import java.util.Set;

/** What an auditor can do with a finding: from which statuses, to which one, recorded as which entry. */
public enum Decision {
    /** Accept the finding as a true breach, explaining it. */
    ACCEPT(ACCEPTED, AuditAction.ACCEPTED, Set.of(OPEN, WAIVED)),
    /** Set it aside until a date, giving the reason; waiving a waived finding again sets a new date. */
    WAIVE(WAIVED, AuditAction.WAIVED, Set.of(OPEN, ACCEPTED, WAIVED)),
    /** Take back an acceptance or a waiver. */
    REOPEN(OPEN, AuditAction.REOPENED_BY_AUDITOR, Set.of(ACCEPTED, WAIVED)),
    /** Comment, whatever the status; the status stays. */
    COMMENT(null, AuditAction.COMMENTED, Set.of(OPEN, ACCEPTED, WAIVED, RESOLVED));

    private final ReviewStatus to;
    private final AuditAction recordedAs;
    private final Set<ReviewStatus> from;

    Decision(ReviewStatus to, AuditAction recordedAs, Set<ReviewStatus> from) {
        this.to = to;
        this.recordedAs = recordedAs;
        this.from = from;
    }

    boolean allowedFrom(ReviewStatus status) {
        return from.contains(status);
    }

    /** The status after this decision, taken on a finding of status {@code before}. */
    ReviewStatus after(ReviewStatus before) {
        return to == null ? before : to;
    }

    AuditAction recordedAs() {
        return recordedAs;
    }

    /** Whether a text must be given: an explanation, a reason or the comment itself. */
    boolean needsText() {
        return this != REOPEN;
    }
}
