package vn.hungyen.xhht.intake;

import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * One stored cell as the workbook gives it, whatever read it: a formula is its cached result.
 *
 * @param column  0-based column
 * @param kind    what the cell holds
 * @param text    the text of a STRING, the code of an ERROR ("#DIV/0!"), "TRUE"/"FALSE"; null otherwise
 * @param number  the value of a NUMERIC cell
 * @param format  the cell's number format, e.g. "0.0%" or "General"
 * @param date1904 the workbook counts days from 1904 (old Mac Excel), not 1900
 */
record SheetCell(int column, Kind kind, String text, double number, String format, boolean date1904) {

    enum Kind { NUMERIC, STRING, BOOLEAN, ERROR, BLANK }

    /** A numeric cell as Excel shows it when formatted as a date; null when no day has that number. */
    LocalDateTime date() {
        return DateUtil.getLocalDateTime(number, date1904);
    }
}
