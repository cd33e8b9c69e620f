package vn.hungyen.xhht.report;

/** Which day dates a stored report for timeliness (catalog reading 14). */
public enum Dating {
    /** an upload through the form or the API: the day the application received it */
    RECEIVED,
    /** history brought in with its date (the sample reports, an administrator's import): the date written in it */
    STATED
}
