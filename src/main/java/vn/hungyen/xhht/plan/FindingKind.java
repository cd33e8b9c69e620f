package vn.hungyen.xhht.plan;

/** The ten kinds of finding of the report contract, §3. */
public enum FindingKind {
    UNMET_TARGET,
    TREND_NOT_MET,
    MISSING_INDICATOR,
    MISSING_DELIVERABLE,
    OVERDUE_DELIVERABLE,
    LATE_DELIVERABLE,
    NO_EVIDENCE,
    MISSING_REPORT,
    LATE_REPORT,
    DATA_ERROR
}
