package vn.hungyen.xhht.samples;

import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import vn.hungyen.xhht.engine.PlanObligations;
import vn.hungyen.xhht.engine.Target;
import vn.hungyen.xhht.plan.Period;
import vn.hungyen.xhht.plan.Unit;
import vn.hungyen.xhht.plan.UnitKind;

/** Clean reports: everything the rules say a unit owes for a period, reported on time and met. */
final class Drafts {

    private final PlanObligations obligations;
    private final ValueSeries series;
    private final DutyPlanner planner;

    Drafts(PlanObligations obligations, ValueSeries series, DutyPlanner planner) {
        this.obligations = obligations;
        this.series = series;
        this.planner = planner;
    }

    Draft draft(Unit unit, Period period) {
        Set<Style> styles = Variant.stylesOf(unit.code(), period);
        List<DutyLine> duties = obligations.deliverablesOwed(unit.code(), period).stream()
                .map(d -> planner.line(unit, period, d)).toList();
        return new Draft(unit, period, Draft.fileName(unit.code(), period, ""),
                Schedule.submittedOn(unit.code(), period), People.preparer(unit.code(), period),
                values(unit, period, styles), duties, styles);
    }

    private List<ValueLine> values(Unit unit, Period period, Set<Style> styles) {
        int year = period.year();
        Stream<ValueLine> owed = obligations.indicatorsOwed(unit.code(), period).stream()
                .map(Target::indicator)
                .map(i -> line(unit, i, year, Notes.value(unit.kind() == UnitKind.DISTRICT, year, unit.code(), i), styles));
        Stream<ValueLine> interim = period.half() == 2 && styles.contains(Style.INTERIM_VALUES)
                ? series.indicatorsOf(unit.code()).stream()
                        .filter(i -> !series.hasTarget(unit.code(), i, year))
                        .map(i -> line(unit, i, year, Notes.interim(year), styles))
                : Stream.empty();
        return Stream.concat(owed, interim).distinct()
                .sorted(Comparator.comparing(ValueLine::indicator).thenComparing(ValueLine::year)).toList();
    }

    private ValueLine line(Unit unit, String indicator, int year, String note, Set<Style> styles) {
        double value = series.value(unit.code(), indicator, year);
        ValueLine line = ValueLine.of(indicator, year, value, note.isEmpty() ? null : note);
        for (Style style : styles) {
            if (style.counts(indicator)) {
                Counts.Pair c = Counts.of(unit.code(), unit.kind(), indicator, year, value);
                Double shown = style == Style.COUNTS_ONLY ? null
                        : ValueSeries.round(c.percent(), 2, RoundingMode.HALF_UP);
                line = line.withCounts(c.numerator(), c.denominator(), shown);
            }
        }
        return line;
    }
}
