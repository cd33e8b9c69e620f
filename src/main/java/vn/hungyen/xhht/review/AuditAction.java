package vn.hungyen.xhht.review;

/**
 * What an entry of the audit log records. The first four are the evaluation's, the next four an auditor's; the
 * others are about users, uploads and rule sets (issue 6).
 */
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
    COMMENTED,
    /** A user signed in (subject: the user name). */
    SIGNED_IN,
    /** A sign-in was refused (actor: the name given; text: why). */
    SIGN_IN_FAILED,
    /** A workbook was uploaded (subject: the file; text: its outcome; report: the report stored). */
    UPLOADED,
    /** A workbook of a unit the uploader may not report for was refused (nothing stored). */
    UPLOAD_REFUSED,
    /** The rules in force changed: a rule set was activated or the unit register edited (rules version: new). */
    RULES_CHANGED,
    /** A user was created (subject: the user; text: role and unit). */
    USER_CREATED,
    /** A user's role, unit, password or access was changed (subject: the user; text: what). */
    USER_CHANGED,
    /** A draft rule set was opened from a stored one or imported from a zip (subject: the rule set; text: why). */
    RULES_DRAFT_OPENED,
    /** A file of a draft rule set was saved or deleted (subject: the rule set; text: which). */
    RULES_DRAFT_SAVED,
    /** A draft rule set was submitted for a second rule author's approval (subject: the rule set). */
    RULES_SUBMITTED
}
