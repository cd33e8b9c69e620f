package vn.hungyen.xhht.system;

import java.text.ParseException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Set;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Dates of requests ({@code @DateTimeFormat} parameters) as yyyy-MM-dd with a year of four digits, 1900 to 9999:
 * ISO-8601 also takes "+5874898-01-01", which PostgreSQL refuses (a 500) and H2 changes. A date outside is a
 * parameter of the wrong type, answered 400 with what was expected. Registered after Spring's own, so it wins.
 */
final class RequestDates implements AnnotationFormatterFactory<DateTimeFormat> {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 9999;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    /** Whether the day is one the application stores and compares, on either database. */
    static boolean storable(LocalDate day) {
        return day.getYear() >= FIRST_YEAR && day.getYear() <= LAST_YEAR;
    }

    @Override
    public Set<Class<?>> getFieldTypes() {
        return Set.of(LocalDate.class);
    }

    @Override
    public Printer<?> getPrinter(DateTimeFormat annotation, Class<?> fieldType) {
        return (LocalDate day, Locale locale) -> DAY.format(day);
    }

    @Override
    public Parser<?> getParser(DateTimeFormat annotation, Class<?> fieldType) {
        return (String text, Locale locale) -> {
            try {
                LocalDate day = LocalDate.parse(text.strip(), DAY);
                if (!storable(day)) {
                    throw new ParseException(text, 0);
                }
                return day;
            } catch (DateTimeParseException e) {
                throw new ParseException(text, e.getErrorIndex());
            }
        };
    }
}
