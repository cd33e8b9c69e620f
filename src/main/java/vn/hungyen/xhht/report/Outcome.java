package vn.hungyen.xhht.report;

/** What became of an uploaded file. */
public enum Outcome {
    /** Stored; the first report of its unit and period, so it counts. */
    STORED,
    /** Stored; it now counts for its unit and period in place of the report stored before (kept in history). */
    SUPERSEDES,
    /** Stored in the history only: a report already stored for the unit and period was submitted later. */
    SUPERSEDED,
    /** Not stored: the very same file (same bytes) is stored already. */
    DUPLICATE,
    /** Not stored: the file gives no report (not a workbook, no "Thông tin", unreadable unit, period or date). */
    REJECTED,
    /** Not stored: the report is of a unit the uploader may not report for. */
    REFUSED;

    public boolean stored() {
        return this == STORED || this == SUPERSEDES || this == SUPERSEDED;
    }
}
