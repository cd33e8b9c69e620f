package vn.hungyen.xhht.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One entry of the audit log: a change of a finding's review, or a comment on it; a sign-in, an upload, a
 * rule activation or a change of a user.
 *
 * @param actor    who made it; null when the application did, evaluating the reports
 * @param text     the explanation, reason or comment given
 * @param reportId the report concerned: the newer report that resolved the finding, or the report uploaded
 * @param subject  what an entry not about a finding is about: the user signed in or changed, the file uploaded
 */
public record AuditEntry(Long id, OffsetDateTime at, String actor, AuditAction action, Long findingId,
                         ReviewStatus before, ReviewStatus after, String text, LocalDate waivedUntil, Long reportId,
                         String rulesVersion, String subject) {

    /** A change the evaluation made. */
    static AuditEntry bySystem(OffsetDateTime at, AuditAction action, long findingId, ReviewStatus before,
                               ReviewStatus after, Long reportId, String rulesVersion) {
        return new AuditEntry(null, at, null, action, findingId, before, after, null, null, reportId, rulesVersion,
                null);
    }
}
