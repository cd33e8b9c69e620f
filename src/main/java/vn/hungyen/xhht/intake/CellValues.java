package vn.hungyen.xhht.intake;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading cells as people fill them in: numbers typed as text, Vietnamese separators, Excel formats. */
final class CellValues {

    // Excel and copy-paste from the web leave no-break spaces, which String.strip does not remove
    private static final Pattern NO_BREAK_SPACE = Pattern.compile("[\\u00A0\\u2007\\u202F]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern PERCENT = Pattern.compile("([+-]?\\d+(?:[.,]\\d+)?)%?");
    // Vietnamese writes 12.345 for twelve thousand; ',' and ' ' also appear, always in groups of three
    private static final Pattern WHOLE =
            Pattern.compile("-?(?:\\d+|\\d{1,3}(?:\\.\\d{3})+|\\d{1,3}(?:,\\d{3})+|\\d{1,3}(?: \\d{3})+)");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    // a '%' that is quoted, escaped, a fill or padding character, or inside [..] does not scale the value
    private static final Pattern FORMAT_LITERAL = Pattern.compile("\"[^\"]*\"|[\\\\_*].|\\[[^]]*]");

    private CellValues() {
    }

    static boolean isEmpty(SheetRow row) {
        for (SheetCell cell : row.cells()) {
            if (!isBlank(cell)) {
                return false;
            }
        }
        return true;
    }

    static boolean isBlank(SheetCell cell) {
        if (cell == null) {
            return true;
        }
        // a number or a truth value always shows as something: no need to format it to know
        return switch (cell.kind()) {
            case BLANK -> true;
            case NUMERIC, BOOLEAN -> false;
            case STRING, ERROR -> text(cell).isEmpty();
        };
    }

    /** The cell as text, trimmed; a formula gives its cached value; "" for no cell. */
    static String text(SheetCell cell) {
        if (cell == null) {
            return "";
        }
        String raw = switch (cell.kind()) {
            case NUMERIC -> show(cell.number());
            case BOOLEAN, STRING, ERROR -> cell.text();
            case BLANK -> "";
        };
        return hasNoBreakSpace(raw) ? NO_BREAK_SPACE.matcher(raw).replaceAll(" ").strip() : raw.strip();
    }

    // the regular expression costs more than the scan, and almost no cell has such a space
    private static boolean hasNoBreakSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u00A0' || c == '\u2007' || c == '\u202F') {
                return true;
            }
        }
        return false;
    }

    /** A code of the plan, trimmed and upper-cased, which must be one of the {@code known} ones. */
    static Parser<String> code(Predicate<String> known, Problem unknown) {
        return cell -> {
            String code = text(cell).toUpperCase(Locale.ROOT);
            return known.test(code) ? Parsed.ok(code) : Parsed.bad(unknown, code);
        };
    }

    /** A percentage 0–100 as a number, a percent-formatted cell, or text such as "99,8 %". */
    static Parsed<Double> percent(SheetCell cell) {
        if (cell.kind() == SheetCell.Kind.NUMERIC) {
            double value = cell.number();
            return Parsed.ok(normalise(isPercentFormatted(cell) ? value * 100 : value));
        }
        String text = text(cell);
        Matcher m = PERCENT.matcher(WHITESPACE.matcher(text).replaceAll(""));
        return m.matches()
                ? Parsed.ok(normalise(Double.parseDouble(m.group(1).replace(',', '.'))))
                : Parsed.bad(Problem.BAD_NUMBER, text);
    }

    /** Rounds away binary noise, so that 0.998 shown as 99.8% is exactly 99.8. */
    static double normalise(double percent) {
        return Math.round(percent * 1e6) / 1e6;
    }

    static Parsed<Long> wholeNumber(SheetCell cell) {
        if (cell.kind() == SheetCell.Kind.NUMERIC) {
            double value = cell.number();
            return value == Math.rint(value) && Math.abs(value) < 1e15
                    ? Parsed.ok((long) value)
                    : Parsed.bad(Problem.BAD_WHOLE_NUMBER, show(value));
        }
        String text = text(cell);
        String digits = text.replaceAll("[., ]", "");
        // 18 digits always fit in a long; longer is no count anyone means
        return WHOLE.matcher(text).matches() && digits.length() <= 18
                ? Parsed.ok(Long.parseLong(digits))
                : Parsed.bad(Problem.BAD_WHOLE_NUMBER, text);
    }

    /** An Excel date (any numeric cell: people forget to format it), or text d/M/yyyy or yyyy-MM-dd. */
    static Parsed<LocalDate> date(SheetCell cell) {
        if (cell.kind() == SheetCell.Kind.NUMERIC) {
            LocalDateTime date = cell.date();
            return date == null
                    ? Parsed.bad(Problem.BAD_DATE, show(cell.number()))
                    : Parsed.ok(date.toLocalDate());
        }
        String text = text(cell);
        Matcher dayFirst = DAY_FIRST.matcher(text);
        Matcher iso = ISO.matcher(text);
        try {
            if (dayFirst.matches()) {
                return Parsed.ok(LocalDate.of(number(dayFirst, 3), number(dayFirst, 2), number(dayFirst, 1)));
            }
            if (iso.matches()) {
                return Parsed.ok(LocalDate.of(number(iso, 1), number(iso, 2), number(iso, 3)));
            }
        } catch (DateTimeException noSuchDay) {
            // such as 31/02/2015: as bad as any other text
        }
        return Parsed.bad(Problem.BAD_DATE, text);
    }

    /** A number as messages write it: 2014 not 2014.0, 99.8 not 99.80000000000001. */
    static String show(Object value) {
        return value instanceof Double d ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString()
                : String.valueOf(value);
    }

    private static boolean isPercentFormatted(SheetCell cell) {
        String format = cell.format();
        return format != null && FORMAT_LITERAL.matcher(format).replaceAll("").contains("%");
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
