package vn.hungyen.xhht.intake;

import java.time.Instant;
import java.time.LocalDate;

/**
 * How a workbook reached the checker (catalog readings 13 and 14): which day dates the report for
 * timeliness, and which of two versions with the same date is the later.
 *
 * @param at         when the application received the file, or when the file was last modified (the command line)
 * @param receivedOn the day the application received an upload, which dates it; null when the date written in
 *                   the workbook does (the command line, and history brought in with its stated date)
 * @param stored     whether the application keeps the file: it knows which version it received later, so a
 *                   tie on dates is no problem; on the command line it is a data error
 */
public record Receipt(Instant at, LocalDate receivedOn, boolean stored) {

    /** A file read from a folder by the command line. */
    public static Receipt modified(Instant lastModified) {
        return new Receipt(lastModified, null, false);
    }

    /**
     * A report the application stored at {@code at}: an upload dated by {@code receivedOn}, the day it arrived;
     * or, with {@code receivedOn} null, history brought in with its written date (the sample reports, an
     * administrator's import).
     */
    public static Receipt stored(Instant at, LocalDate receivedOn) {
        return new Receipt(at, receivedOn, true);
    }
}
