package vn.hungyen.xhht.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import vn.hungyen.xhht.system.ApiException;

/**
 * Dates as people type and read them on the pages, in Vietnamese and English alike: day/month/year (31/01/2021).
 * The fields are text, not the browser's date picker, whose format follows the browser's language (mm/dd/yyyy
 * in an English one); the year-month-day of links and bookmarks (2021-01-31) is read too.
 */
final class PageDates {

    /** For {@code @DateTimeFormat(pattern = TYPED, fallbackPatterns = LINKED)} on a page's parameters. */
    static final String TYPED = "d/M/yyyy";
    static final String LINKED = "yyyy-MM-dd";

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter[] READ = {
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE};

    private PageDates() {
    }

    static String show(LocalDate date) {
        return date == null ? "" : SHOWN.format(date);
    }

    /** The date typed in a form's field, null when blank; a refusal (400) naming the field when it is no date. */
    static LocalDate parse(String typed, String field) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        for (DateTimeFormatter format : READ) {
            try {
                return LocalDate.parse(typed.strip(), format);
            } catch (DateTimeParseException notThisOne) {
                // try the next way of writing it
            }
        }
        throw ApiException.badRequest("page.date.invalid", field, typed.strip());
    }
}
