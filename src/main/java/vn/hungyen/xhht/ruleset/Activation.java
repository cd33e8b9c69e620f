package vn.hungyen.xhht.ruleset;

import java.time.OffsetDateTime;

/**
 * One attempt to activate the rule folder, as the activation log keeps it.
 *
 * @param requestedBy PAGE, API or WATCH
 * @param version     the candidate's version; null when it did not compile
 * @param detail      what refused it, or what it replaced; plain text for the log
 */
public record Activation(long id, OffsetDateTime attemptedAt, String requestedBy, Outcome outcome, String version,
                         String previousVersion, String detail) {

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
        REFUSED_CHANGED
    }
}
