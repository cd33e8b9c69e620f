package vn.hungyen.xhht.progress;

/** How a unit stands against one target of one year. */
public enum Standing {
    /** the value that counts meets the target (the rules found no breach) */
    MET,
    /** the rules found the value below (above, for "at most"; not risen, for "rises every year") the target */
    NOT_MET,
    /** no value for the year although the year's second-half report was due */
    NOT_REPORTED,
    /** no value yet, and the year's second-half report (due 15 December) is not due yet */
    NOT_DUE,
    /** "rises every year" with a value but none for the year before to compare it with */
    UNJUDGED
}
