package vn.hungyen.xhht.security;

/**
 * What a user may do. A unit reporter is bound to one unit; ADMIN inherits AUDITOR and RULE_AUTHOR (see
 * {@link SecurityConfiguration#roleHierarchy}), but not UNIT_REPORTER, which only narrows what one sees.
 */
public enum Role {
    /** Uploads and reads the reports, findings, exports, notices and progress of one unit only. */
    UNIT_REPORTER,
    /** Reads everything; accepts, waives, reopens and comments findings. */
    AUDITOR,
    /** Reads everything; previews and activates rule sets. */
    RULE_AUTHOR,
    /** Users and the unit register, and all an auditor and a rule author may do. */
    ADMIN;

    String authority() {
        return "ROLE_" + name();
    }
}
