package vn.hungyen.xhht.samples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import vn.hungyen.xhht.plan.Period;
import vn.hungyen.xhht.plan.Unit;

/**
 * One report as its sender means it, before it is written in a style: what the planted breaches change.
 * {@code file} is the name of the workbook inside its period folder.
 */
record Draft(Unit unit, Period period, String file, LocalDate submittedOn, String preparedBy,
             List<ValueLine> values, List<DutyLine> duties, Set<Style> styles) {

    Draft {
        values = List.copyOf(values);
        duties = List.copyOf(duties);
        styles = Set.copyOf(styles);
    }

    /** {@code h-vanlam-2015-H2.xlsx}: the unit code in lower case with '-' for '_', and the period. */
    static String fileName(String unit, Period period, String suffix) {
        return unit.toLowerCase(Locale.ROOT).replace('_', '-') + "-" + period.code() + suffix + ".xlsx";
    }

    /** Where the file goes in sample-reports/, which is also how findings name it. */
    String path() {
        return period.code() + "/" + file;
    }

    boolean has(Style style) {
        return styles.contains(style);
    }

    Draft withFile(String name) {
        return new Draft(unit, period, name, submittedOn, preparedBy, values, duties, styles);
    }

    Draft withSubmittedOn(LocalDate day) {
        return new Draft(unit, period, file, day, preparedBy, values, duties, styles);
    }

    /** The value row of the indicator and year, changed; it must exist. */
    Draft withValue(String indicator, int year, UnaryOperator<ValueLine> change) {
        List<ValueLine> changed = new ArrayList<>();
        boolean found = false;
        for (ValueLine v : values) {
            boolean match = v.indicator().equals(indicator) && v.year() == year;
            found |= match;
            changed.add(match ? change.apply(v) : v);
        }
        require(found, indicator + " " + year);
        return new Draft(unit, period, file, submittedOn, preparedBy, changed, duties, styles);
    }

    Draft withoutValue(String indicator, int year) {
        List<ValueLine> kept = values.stream().filter(v -> !(v.indicator().equals(indicator) && v.year() == year))
                .toList();
        require(kept.size() < values.size(), indicator + " " + year);
        return new Draft(unit, period, file, submittedOn, preparedBy, kept, duties, styles);
    }

    Draft plusValue(ValueLine line) {
        List<ValueLine> more = new ArrayList<>(values);
        more.add(line);
        return new Draft(unit, period, file, submittedOn, preparedBy, more, duties, styles);
    }

    /** The row of the deliverable, changed; it must exist. */
    Draft withDuty(String deliverable, UnaryOperator<DutyLine> change) {
        require(duties.stream().anyMatch(d -> d.deliverable().equals(deliverable)), deliverable);
        List<DutyLine> changed = duties.stream().map(d -> d.deliverable().equals(deliverable) ? change.apply(d) : d)
                .toList();
        return new Draft(unit, period, file, submittedOn, preparedBy, values, changed, styles);
    }

    Draft plusDuty(DutyLine line) {
        List<DutyLine> more = new ArrayList<>(duties);
        more.add(line);
        return new Draft(unit, period, file, submittedOn, preparedBy, values, more, styles);
    }

    Draft withoutDuty(String deliverable) {
        List<DutyLine> kept = duties.stream().filter(d -> !d.deliverable().equals(deliverable)).toList();
        require(kept.size() < duties.size(), deliverable);
        return new Draft(unit, period, file, submittedOn, preparedBy, values, kept, styles);
    }

    // a planted breach aimed at a row the report does not have would silently plant nothing
    private void require(boolean found, String row) {
        if (!found) {
            throw new IllegalStateException(path() + " has no row " + row + " to plant a breach in");
        }
    }
}
