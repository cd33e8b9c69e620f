package vn.hungyen.xhht.system;

import java.text.ParseException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Dates of requests ({@code @DateTimeFormat} parameters) as yyyy-MM-dd, or in the annotation's own pattern and
 * fallback patterns (the pages' 31/01/2021), with a year of four digits, 1900 to 9999: ISO-8601 also takes
 * "+5874898-01-01", which PostgreSQL refuses (a 500) and H2 changes. A date outside is a parameter of the wrong
 * type, answered 400 with what was expected. Registered after Spring's own, so it wins.
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
        DateTimeFormatter first = formats(annotation).get(0);
        return (LocalDate day, Locale locale) -> first.format(day);
    }

    @Override
    public Parser<?> getParser(DateTimeFormat annotation, Class<?> fieldType) {
        List<DateTimeFormatter> formats = formats(annotation);
        return (String text, Locale locale) -> {
            for (DateTimeFormatter format : formats) {
                try {
                    LocalDate day = LocalDate.parse(text.strip(), format);
                    if (storable(day)) {
                        return day;
                    }
                } catch (DateTimeParseException e) {
                    // the next pattern may read it
                }
            }
            throw new ParseException(text, 0);
        };
    }

    /** The annotation's pattern and fallbacks, strict ("yyyy" read as a year of the era), else yyyy-MM-dd. */
    private static List<DateTimeFormatter> formats(DateTimeFormat annotation) {
        List<String> patterns = new ArrayList<>();
        if (!annotation.pattern().isEmpty()) {
            patterns.add(annotation.pattern());
        }
        patterns.addAll(List.of(annotation.fallbackPatterns()));
        return patterns.isEmpty() ? List.of(DAY) : patterns.stream()
                .map(p -> DateTimeFormatter.ofPattern(p.replace("yyyy", "uuuu"), Locale.ROOT)
                        .withResolverStyle(ResolverStyle.STRICT))
                .toList();
    }
}
