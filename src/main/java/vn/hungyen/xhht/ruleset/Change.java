package vn.hungyen.xhht.ruleset;

import vn.hungyen.xhht.engine.Finding;

/**
 * One difference the candidate rules make to the findings on the stored reports, by the breach's identity
 * ({@link Finding#key()}): a finding added, removed, or kept with another severity.
 *
 * @param before the finding under the active rules; null when added
 * @param after  the finding under the candidate; null when removed
 */
public record Change(String key, Finding before, Finding after) {

    /** The finding as the candidate has it, or as it was when removed: what the change is about. */
    public Finding finding() {
        return after != null ? after : before;
    }
}
