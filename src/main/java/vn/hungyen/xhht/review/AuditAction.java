package vn.hungyen.xhht.review;

/** What an entry of the audit log records. The first four are the evaluation's, the others an auditor's. */
public enum AuditAction {
    /** The breach was found for the first time. */
    FOUND,
    /** It is no longer found. */
    RESOLVED,
    /** A resolved breach was found again. */
    REOPENED,
    /** A waiver ran out: the finding is open again. */
    WAIVER_EXPIRED,
    ACCEPTED,
    WAIVED,
    /** An auditor took back an acceptance or a waiver. */
    REOPENED_BY_AUDITOR,
    COMMENTED
}
