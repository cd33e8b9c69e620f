package vn.hungyen.xhht.samples;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.hungyen.xhht.plan.Period;

/** A style used by some units over some periods: people keep the habits of their own template. */
record Variant(Style style, Set<String> units, Period from, Period to) {

    /** The format variety of sample-reports/: where each style is used. */
    static final List<Variant> ALL = List.of(
            of(Style.ENGLISH, "2016-H1", "2016-H1", "HOI_NCT"),
            of(Style.ENGLISH, "2017-H2", "2017-H2", "H_MYHAO"),
            of(Style.ENGLISH, "2018-H2", "2018-H2", "SO_KHCN"),
            of(Style.PERCENT_CELLS, "2018-H1", "2020-H2", "H_TP_HUNGYEN", "SO_NV"),
            of(Style.DECIMAL_COMMA, "2013-H2", "2020-H2", "H_YENMY"),
            of(Style.DECIMAL_COMMA_PERCENT, "2013-H2", "2020-H2", "H_PHUCU"),
            of(Style.COUNTS_ONLY, "2013-H2", "2020-H2", "H_KIMDONG", "H_TIENLU", "H_KHOAICHAU"),
            of(Style.COUNTS_AND_VALUE, "2013-H2", "2020-H2", "H_VANLAM"),
            of(Style.FORMULA, "2020-H2", "2020-H2", "H_VANLAM"),
            of(Style.TEXT_DATES, "2013-H2", "2020-H2", "HOI_ND", "HOI_KH", "H_VANGIANG"),
            of(Style.ISO_DATES, "2016-H1", "2020-H2", "MTTQ"),
            of(Style.WORDED_PERIOD, "2013-H2", "2020-H2", "HOI_LHPN", "HOI_CCB"),
            of(Style.SLASHED_PERIOD, "2015-H1", "2020-H2", "H_ANTHI"),
            of(Style.SHUFFLED_COLUMNS, "2017-H2", "2017-H2", "H_VANGIANG"),
            of(Style.INTERIM_VALUES, "2013-H2", "2020-H2", "SO_GDDT", "SO_NV", "H_VANLAM", "H_KIMDONG"));

    static Variant of(Style style, String from, String to, String... units) {
        return new Variant(style, Set.of(units), Period.of(from), Period.of(to));
    }

    boolean applies(String unit, Period period) {
        return units.contains(unit) && period.compareTo(from) >= 0 && period.compareTo(to) <= 0;
    }

    static Set<Style> stylesOf(String unit, Period period) {
        EnumSet<Style> styles = EnumSet.noneOf(Style.class);
        ALL.stream().filter(v -> v.applies(unit, period)).forEach(v -> styles.add(v.style()));
        return styles;
    }
}
