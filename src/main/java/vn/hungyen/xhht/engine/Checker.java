package vn.hungyen.xhht.engine;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.kie.api.runtime.KieSession;
import vn.hungyen.xhht.intake.Intake;
import vn.hungyen.xhht.plan.Period;
import vn.hungyen.xhht.plan.Unit;

/** Judges a set of read files against the rule pack, as of a day. */
public final class Checker {

    private static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::unit, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(Finding::period, Comparator.nullsFirst(Comparator.<Period>naturalOrder()))
            .thenComparing(Finding::kind)
            .thenComparing(nullsFirst(Finding::indicator))
            .thenComparing(nullsFirst(Finding::deliverable))
            .thenComparing(Finding::year, Comparator.nullsFirst(Comparator.<Integer>naturalOrder()))
            .thenComparing(Finding::ruleId)
            .thenComparing(f -> String.valueOf(f.source()));

    private final RulePack pack;

    public Checker(RulePack pack) {
        this.pack = pack;
    }

    public CheckResult check(List<Intake> intakes, CheckOptions options) {
        Submissions submissions = new Submissions(intakes, pack.units());
        KieSession session = pack.kieBase().newKieSession();
        try {
            pack.units().all().forEach(session::insert);
            session.insert(new AsOf(options.asOf()));
            scopeUnits(submissions, options).forEach(session::insert);
            options.periods().orElseGet(() -> submissions.distinct(Report::period)).stream()
                    .map(ScopePeriod::new).forEach(session::insert);
            submissions.reports.forEach(session::insert);
            submissions.values.forEach(session::insert);
            submissions.statuses.forEach(session::insert);
            submissions.problems.forEach(session::insert);
            session.fireAllRules();
            List<Finding> findings = session.getObjects(Finding.class::isInstance).stream()
                    .map(Finding.class::cast).sorted(ORDER).toList();
            return new CheckResult(options.asOf(), pack.version(), submissions.summaries, findings);
        } finally {
            session.dispose();
        }
    }

    private List<ScopeUnit> scopeUnits(Submissions submissions, CheckOptions options) {
        List<Unit> units = options.allUnits() ? List.copyOf(pack.units().all())
                : submissions.distinct(r -> pack.units().find(r.unit()).orElseThrow());
        return units.stream().map(u -> new ScopeUnit(u.code(), u.kind())).toList();
    }

    private static Comparator<Finding> nullsFirst(Function<Finding, String> key) {
        return Comparator.comparing(key, Comparator.nullsFirst(Comparator.naturalOrder()));
    }
}
