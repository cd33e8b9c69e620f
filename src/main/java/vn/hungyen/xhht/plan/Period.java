package vn.hungyen.xhht.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A half-year reporting period such as {@code 2015-H2}. */
public record Period(int year, int half) implements Comparable<Period> {

    private static final Pattern CODE = Pattern.compile("(\\d{4})\\s*-\\s*H([12])");
    private static final Pattern SLASHED = Pattern.compile("H([12])\\s*/\\s*(\\d{4})");
    // "6 tháng đầu năm 2014" / "6 tháng cuối năm 2014", compared without diacritics
    private static final Pattern WORDED = Pattern.compile("6 thang (dau|cuoi) nam (\\d{4})");

    public Period {
        if (half != 1 && half != 2) {
            throw new IllegalArgumentException("half must be 1 or 2: " + half);
        }
    }

    /** Reads the forms the workbook contract accepts; empty when the text is none of them. */
    public static Optional<Period> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = Text.fold(text);
        Matcher m = CODE.matcher(t.toUpperCase(Locale.ROOT));
        if (m.matches()) {
            return Optional.of(new Period(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        }
        m = SLASHED.matcher(t.toUpperCase(Locale.ROOT));
        if (m.matches()) {
            return Optional.of(new Period(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
        }
        m = WORDED.matcher(t);
        if (m.matches()) {
            return Optional.of(new Period(Integer.parseInt(m.group(2)), m.group(1).equals("dau") ? 1 : 2));
        }
        return Optional.empty();
    }

    public static Period of(String code) {
        return parse(code).orElseThrow(() -> new IllegalArgumentException("not a period: " + code));
    }

    /** Every period from {@code first} to {@code last}, both included. */
    public static List<Period> range(Period first, Period last) {
        List<Period> periods = new ArrayList<>();
        for (Period p = first; p.compareTo(last) <= 0; p = p.next()) {
            periods.add(p);
        }
        return periods;
    }

    public Period next() {
        return half == 1 ? new Period(year, 2) : new Period(year + 1, 1);
    }

    public LocalDate start() {
        return half == 1 ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 7, 1);
    }

    public LocalDate end() {
        return half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
    }

    /** A day of this period's year; rules use it to write deadlines such as {@code period.day(6, 15)}. */
    public LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(year, month, dayOfMonth);
    }

    public String code() {
        return year + "-H" + half;
    }

    @Override
    public int compareTo(Period o) {
        return Integer.compare(year * 2 + half, o.year * 2 + o.half);
    }

    @Override
    public String toString() {
        return code();
    }
}
