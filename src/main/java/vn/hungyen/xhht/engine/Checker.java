package vn.hungyen.xhht.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import org.kie.api.runtime.KieSession;
import vn.hungyen.xhht.intake.Intake;
import vn.hungyen.xhht.intake.ReportData;
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
    private static final Comparator<ReportSummary> SUMMARY_ORDER = Comparator.comparing(ReportSummary::unit)
            .thenComparing(ReportSummary::period).thenComparing(ReportSummary::submittedOn)
            .thenComparing(ReportSummary::file);

    private final RulePack pack;
    private final ForkJoinPool pool;

    /** Judges on one thread. */
    public Checker(RulePack pack) {
        this(pack, null);
    }

    /** Judges the units' partitions on {@code pool}'s threads (null: the caller's thread). */
    public Checker(RulePack pack, ForkJoinPool pool) {
        this.pack = pack;
        this.pool = pool;
    }

    /**
     * Every rule of the pack judges one unit's reports at a time (a target, a duty, a report owed is a unit's,
     * and the cross-report reasoning of {@link Submissions} is within a unit's history), so the files are
     * judged unit by unit, each in its own session with that unit's whole history: memory in the rule engine
     * is one unit's, and units are judged in parallel. Files that give no report form a partition of their own.
     */
    public CheckResult check(List<Intake> intakes, CheckOptions options) {
        Map<String, List<Intake>> byUnit = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
        intakes.forEach(i -> byUnit.computeIfAbsent(i.report().map(ReportData::unit).orElse(null),
                u -> new ArrayList<>()).add(i));
        if (options.allUnits()) {
            pack.units().all().forEach(u -> byUnit.computeIfAbsent(u.code(), c -> new ArrayList<>()));
        }
        List<Period> periods = options.periods().orElseGet(() -> intakes.stream()
                .flatMap(i -> i.report().stream()).map(ReportData::period).distinct().sorted().toList());
        List<Map.Entry<String, List<Intake>>> partitions = List.copyOf(byUnit.entrySet());
        Function<Map.Entry<String, List<Intake>>, Judged> judge =
                p -> judge(p.getKey(), p.getValue(), periods, options.asOf());
        List<Judged> judged = pool == null ? partitions.stream().map(judge).toList()
                // a parallel stream started inside a pool runs on that pool's threads
                : pool.submit(() -> partitions.parallelStream().map(judge).toList()).join();
        List<ReportSummary> summaries = judged.stream().flatMap(j -> j.summaries().stream()).sorted(SUMMARY_ORDER)
                .toList();
        List<Finding> findings = judged.stream().flatMap(j -> j.findings().stream()).sorted(ORDER).toList();
        return new CheckResult(options.asOf(), pack.version(), summaries, findings);
    }

    private record Judged(List<ReportSummary> summaries, List<Finding> findings) {
    }

    /** One unit's reports (none when only its missing reports are judged); {@code unit} null: unreadable files. */
    private Judged judge(String unit, List<Intake> intakes, List<Period> periods, LocalDate asOf) {
        Submissions submissions = new Submissions(intakes, pack.units());
        KieSession session = pack.kieBase().newKieSession();
        try {
            if (unit != null) {
                Unit u = pack.units().find(unit).orElseThrow();
                session.insert(u);
                session.insert(new ScopeUnit(u.code(), u.kind()));
                periods.stream().map(ScopePeriod::new).forEach(session::insert);
            }
            session.insert(new AsOf(asOf));
            submissions.reports.forEach(session::insert);
            submissions.values.forEach(session::insert);
            submissions.statuses.forEach(session::insert);
            submissions.problems.forEach(session::insert);
            session.fireAllRules();
            List<Finding> findings = session.getObjects(Finding.class::isInstance).stream()
                    .map(Finding.class::cast).toList();
            return new Judged(submissions.summaries, findings);
        } finally {
            session.dispose();
        }
    }

    private static Comparator<Finding> nullsFirst(Function<Finding, String> key) {
        return Comparator.comparing(key, Comparator.nullsFirst(Comparator.naturalOrder()));
    }
}
