package vn.hungyen.xhht.intake;

/**
 * Why a workbook or a cell could not be read. Each has a message {@code problem.<NAME>} in the bundles,
 * whose arguments are the {@link IntakeProblem#args()}.
 */
public enum Problem {
    /** The file is not an .xlsx workbook (or is damaged). args: none. */
    NOT_A_WORKBOOK,
    /** No "Thông tin" sheet. args: none. */
    NO_INFO_SHEET,
    /** A required column header is absent from a sheet. args: header label. */
    MISSING_COLUMN,
    /** A required cell is empty. args: field label. */
    REQUIRED_EMPTY,
    /** Not a number. args: the text found. */
    BAD_NUMBER,
    /** Not a whole number. args: the text found. */
    BAD_WHOLE_NUMBER,
    /** Not a date. args: the text found. */
    BAD_DATE,
    /** Not a period. args: the text found. */
    BAD_PERIOD,
    /** Not a status. args: the text found. */
    BAD_STATUS,
    /** A value outside its range. args: the value, the range as text. */
    OUT_OF_RANGE,
    /** args: the code. */
    UNKNOWN_UNIT,
    /** args: the code. */
    UNKNOWN_INDICATOR,
    /** args: the code. */
    UNKNOWN_DELIVERABLE,
    /** Value and counts disagree by more than 0.05 points. args: the value, the value the counts give. */
    COUNTS_DISAGREE,
    /** A DONE row without a completion date. args: none. */
    DONE_WITHOUT_DATE,
    /** A second row for the same code (and year). args: the code, the cell of the first row. */
    DUPLICATE_ROW,
    /**
     * A sheet with more filled rows than any report has: the file is not read (a report is a few dozen rows;
     * a million would hold the reader and the database). args: the most rows a sheet may have.
     */
    TOO_MANY_ROWS,
    /** A period the plan owes no report for (catalog reading 18): the file is not read. args: the period, the plan's periods. */
    PERIOD_OUTSIDE_PLAN,
    /** The report is dated before its period began (reading 18). args: the date, the first day of the period. */
    DATE_BEFORE_PERIOD,
    /** The report is dated after the day of the check (reading 18). args: the date, the day of the check. */
    DATE_AFTER_CHECK,
    /** A completion date after the day the report was sent (reading 18). args: the date, the day sent. */
    COMPLETED_AFTER_SENT,
    /**
     * Two versions of one report with the same date, which only the command line meets (reading 13): the one
     * whose file was modified last counts. args: the other file, the date.
     */
    SAME_DAY_VERSIONS,
    /** A cell's text longer than any report's: the file is not read. args: the most characters a cell may hold. */
    TEXT_TOO_LONG,
    /** The shared strings together beyond the limit: the file is not read. args: most characters, most texts. */
    TOO_MUCH_TEXT,
    /** The parts read would inflate beyond the limit: the file is not read. args: the limit in MB. */
    TOO_MUCH_DATA,
    /** A sheet that is read has a name longer than can be stored. args: the most characters. */
    SHEET_NAME_TOO_LONG,
    /** More problems than are listed; the report is stored as read. args: the number listed, the number left out. */
    TOO_MANY_PROBLEMS,
    /** The database refused the report (a text too long for it): nothing of the file is stored. args: none. */
    NOT_STORED
}
