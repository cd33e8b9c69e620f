package vn.hungyen.xhht.ruleset;

import java.time.OffsetDateTime;

/**
 * One attempt to activate a rule set, as the activation log keeps it.
 *
 * @param ruleSet     the stored rule set it was about (null in entries older than stored rule sets)
 *
 * @param requestedBy PAGE, API, WATCH or START (the rule folder that seeded a new database)
 * @param version     the candidate's version; null when it did not compile
 * @param detail      what refused it, or what it replaced; plain text for the log
 */
public record Activation(long id, OffsetDateTime attemptedAt, String requestedBy, Outcome outcome, String version,
                         String previousVersion, String detail, Long ruleSet) {

    public enum Outcome {
        /** It compiled, passed its scenarios and is now active. */
        ACTIVATED,
        /** It is the active rule set already. */
        UNCHANGED,
        /** It does not compile. */
        REFUSED_COMPILE,
        /** A scenario failed. */
        REFUSED_SCENARIOS,
        /** The folder changed after the preview it was asked for. */
        REFUSED_CHANGED,
        /** Submitted: a second rule author must approve it (four eyes). */
        AWAITING_APPROVAL,
        /** Four eyes: it was not submitted for approval. */
        REFUSED_NOT_SUBMITTED,
        /** Four eyes: its author may not approve it. */
        REFUSED_SAME_AUTHOR
    }
}
