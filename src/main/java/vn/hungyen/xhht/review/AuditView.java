package vn.hungyen.xhht.review;

/**
 * An entry of the audit log with its labels in the reader's language.
 *
 * @param actor the entry's actor, or the name the application goes by when it made the change
 */
public record AuditView(AuditEntry entry, String actor, String actionLabel, String beforeLabel, String afterLabel) {
}
