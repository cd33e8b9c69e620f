package vn.hungyen.xhht.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Where a finding's review stands, and the life of the finding across evaluations.
 *
 * @param explanation      the auditor's explanation of an acceptance, or the reason of a waiver
 * @param waivedUntil      the last day a waiver holds (it lapses the day after)
 * @param decidedBy        who took the decision that holds (accepted, waived or reopened it)
 * @param firstFoundAt     when an evaluation first found the breach
 * @param lastFoundAt      when one last found it
 * @param rulesVersion     the rule set that last found it
 * @param resolvedByReport the newer report of the same unit and period that no longer has the breach
 */
public record Review(ReviewStatus status, String explanation, LocalDate waivedUntil, String decidedBy,
                     OffsetDateTime decidedAt, OffsetDateTime firstFoundAt, OffsetDateTime lastFoundAt,
                     String rulesVersion, OffsetDateTime resolvedAt, Long resolvedByReport) {

    /** Whether an auditor's acceptance or waiver holds; after a reopen, {@code decidedBy} is who reopened it. */
    public boolean decided() {
        return status == ReviewStatus.ACCEPTED || status == ReviewStatus.WAIVED;
    }
}
