package vn.hungyen.xhht.review;

/**
 * An entry of the audit log with its labels in the reader's language.
 *
 * @param actor the entry's actor, or the name the application goes by when it made the change
 * @param text  the entry's text as a person reads it: an upload's outcome, unit and period, a failed sign-in's
 *              reason, in words rather than the codes the log keeps
 */
public record AuditView(AuditEntry entry, String actor, String actionLabel, String beforeLabel, String afterLabel,
                        String text) {
}
