package vn.hungyen.xhht.engine;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import vn.hungyen.xhht.plan.Period;
import vn.hungyen.xhht.plan.UnitRegister;

/**
 * Every target and duty the rules give the units of the register, found by running the rules on the
 * register alone. The rules are the only list of what is owed: intake's known codes, report templates and
 * sample reports all come from here.
 */
public record PlanObligations(List<Target> targets, List<Duty> duties, List<ReportDue> reportsDue) {

    static PlanObligations derive(KieBase kieBase, UnitRegister units) {
        KieSession session = kieBase.newKieSession();
        try {
            units.all().forEach(session::insert);
            session.fireAllRules();
            List<Target> targets = session.getObjects(Target.class::isInstance).stream().map(Target.class::cast)
                    .sorted(Comparator.comparing(Target::unit).thenComparing(Target::indicator)
                            .thenComparing(Target::year))
                    .toList();
            List<Duty> duties = session.getObjects(Duty.class::isInstance).stream().map(Duty.class::cast)
                    .sorted(Comparator.comparing(Duty::unit).thenComparing(Duty::deliverable)
                            .thenComparing(d -> d.year() == null ? 0 : d.year()))
                    .toList();
            List<ReportDue> reportsDue = session.getObjects(ReportDue.class::isInstance).stream()
                    .map(ReportDue.class::cast).sorted(Comparator.comparing(ReportDue::period)).toList();
            return new PlanObligations(targets, duties, reportsDue);
        } finally {
            session.dispose();
        }
    }

    public Set<String> indicators() {
        return targets.stream().map(Target::indicator).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The indicators judged as gaps ({@code Target.within}), which may be negative. */
    public Set<String> differences() {
        return targets.stream().filter(t -> t.kind() == TargetKind.WITHIN).map(Target::indicator)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The deadline of a period's report, as rules/plan/calendar.drl sets it; empty for a period the plan owes none. */
    public Optional<LocalDate> deadline(Period period) {
        return reportsDue.stream().filter(r -> r.period().equals(period)).map(ReportDue::deadline).findFirst();
    }

    public Set<String> deliverables() {
        return duties.stream().map(Duty::deliverable).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The targets whose values a unit's report for the period owes (contract §2: the H2 report of the year). */
    public List<Target> indicatorsOwed(String unit, Period period) {
        return period.half() != 2 ? List.of() : targets.stream()
                .filter(t -> t.unit().equals(unit) && t.year() == period.year()).toList();
    }

    /** The duties a unit's report for the period owes a row for (contract §2). */
    public List<Duty> deliverablesOwed(String unit, Period period) {
        return duties.stream().filter(d -> d.owedIn(unit, period)).toList();
    }
}
