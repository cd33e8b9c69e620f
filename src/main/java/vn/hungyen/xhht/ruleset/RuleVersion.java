package vn.hungyen.xhht.ruleset;

import java.time.OffsetDateTime;
import java.util.List;
import vn.hungyen.xhht.engine.RuleError;

/**
 * A stored rule set, without its files: where it came from, who made it and why, how far it went toward use.
 *
 * @param filesHash    SHA-256 of its files ({@link RuleFiles#hash()})
 * @param rulesVersion the version its compiled pack had; null when its files do not compile
 * @param errors       its compilation errors as last saved (file, line, column, message)
 * @param active       whether it is the rule set in use
 */
public record RuleVersion(long id, String filesHash, String rulesVersion, Status status, Origin origin,
                          Long basedOn, String reason, String createdBy, OffsetDateTime createdAt,
                          String submittedBy, OffsetDateTime submittedAt, String approvedBy,
                          OffsetDateTime approvedAt, List<RuleError> errors, boolean active) {

    public enum Status {
        /** Being edited. */
        DRAFT,
        /** Frozen, waiting for a second rule author to approve and activate it. */
        SUBMITTED,
        /** Approved and activated (it may have been replaced since). */
        ACTIVATED
    }

    public enum Origin {
        /** The rule folder a new database started with. */
        SEED,
        /** The rule folder on the server's disk, previewed or found different at startup. */
        FOLDER,
        /** Opened in the browser from another version. */
        EDITOR,
        /** A zip uploaded. */
        IMPORT
    }

    public boolean compiles() {
        return rulesVersion != null && errors.isEmpty();
    }

    public boolean editable() {
        return status == Status.DRAFT;
    }

    /** The short form of its files' hash, as the pages show it. */
    public String shortHash() {
        return filesHash.substring(0, 12);
    }
}
