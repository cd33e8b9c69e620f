package vn.hungyen.xhht.progress;

/**
 * Where a unit's reported trend leads by a milestone (Open SDG's progress categories, see
 * {@link ProgressMethod}). Information for the auditor, never a finding.
 */
public enum Outlook {
    /** the latest value already meets the milestone's target */
    ACHIEVED,
    /** growing at least 95% as fast as needed to meet the target in time */
    ON_TRACK,
    /** growing in the right direction, 60% to 95% as fast as needed */
    NEEDS_ACCELERATION,
    /** growing less than 60% as fast as needed, or moving away from the target */
    AT_RISK,
    /** fewer than two yearly values since the stage began, so no trend */
    NOT_ENOUGH_DATA
}
