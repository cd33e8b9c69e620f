package vn.hungyen.xhht.template;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.hungyen.xhht.engine.Duty;
import vn.hungyen.xhht.engine.PlanObligations;
import vn.hungyen.xhht.engine.Target;
import vn.hungyen.xhht.plan.Period;
import vn.hungyen.xhht.plan.Unit;

/**
 * The rows a unit's report for a period owes, as the rules say (PlanObligations), in the rules' order.
 * Two obligations on the same row (two target rules on one indicator and year, two duty rules on one
 * deliverable) share it: the reader takes a second row with the same code as a duplicate.
 */
record Owed(Unit unit, Period period, List<IndicatorRow> indicators, List<DeliverableRow> deliverables) {

    /** One value owed: an indicator for a year, and the targets it is judged against. */
    record IndicatorRow(String indicator, int year, List<Target> targets) {
    }

    /** One status owed, and the duties it answers. */
    record DeliverableRow(String deliverable, List<Duty> duties) {
    }

    static Owed of(PlanObligations obligations, Unit unit, Period period) {
        List<IndicatorRow> indicators = grouped(obligations.indicatorsOwed(unit.code(), period),
                t -> List.of(t.indicator(), t.year()))
                .stream().map(ts -> new IndicatorRow(ts.get(0).indicator(), ts.get(0).year(), ts)).toList();
        List<DeliverableRow> deliverables = grouped(obligations.deliverablesOwed(unit.code(), period),
                Duty::deliverable)
                .stream().map(ds -> new DeliverableRow(ds.get(0).deliverable(), ds)).toList();
        return new Owed(unit, period, indicators, deliverables);
    }

    private static <T> List<List<T>> grouped(List<T> items, Function<T, Object> row) {
        return List.copyOf(items.stream()
                .collect(Collectors.groupingBy(row, LinkedHashMap::new, Collectors.toList())).values());
    }
}
