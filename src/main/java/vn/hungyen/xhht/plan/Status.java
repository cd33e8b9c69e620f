package vn.hungyen.xhht.plan;

/** The status of a deliverable row. */
public enum Status {
    DONE, IN_PROGRESS, NOT_STARTED
}
