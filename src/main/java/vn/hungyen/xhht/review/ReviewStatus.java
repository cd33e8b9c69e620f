package vn.hungyen.xhht.review;

import java.util.List;

/**
 * Where an auditor's review of a finding stands. RESOLVED is set by the evaluation alone: the breach is no longer
 * found (a newer report of the same unit and period corrected it, or the rules changed).
 */
public enum ReviewStatus {
    OPEN,
    ACCEPTED,
    WAIVED,
    RESOLVED;

    /** The findings that still stand: every one the last evaluation found. */
    public static final List<ReviewStatus> STANDING = List.of(OPEN, ACCEPTED, WAIVED);
}
