package vn.hungyen.xhht.review;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import vn.hungyen.xhht.engine.CheckOptions;
import vn.hungyen.xhht.engine.CheckResult;
import vn.hungyen.xhht.engine.Checker;
import vn.hungyen.xhht.engine.Finding;
import vn.hungyen.xhht.engine.ReportSummary;
import vn.hungyen.xhht.engine.RulePack;
import vn.hungyen.xhht.intake.Intake;
import vn.hungyen.xhht.plan.Period;
import vn.hungyen.xhht.report.Deadlines;
import vn.hungyen.xhht.report.StoredIntake;
import vn.hungyen.xhht.report.StoredReport;
import vn.hungyen.xhht.report.StoredReports;
import vn.hungyen.xhht.review.FindingRepository.NewFinding;
import vn.hungyen.xhht.unit.RuleBook;
import vn.hungyen.xhht.unit.RulesChanged;

/**
 * Judges all stored reports again and carries the stored findings over to what it found ({@link FindingMerge}):
 * as of today (the injected clock), for every
 * unit of the register, and for the periods 2013-H2 up to the last one whose deadline has passed (at most
 * 2020-H2). Every version of every report is given to the rules, which count the one submitted last; the
 * stored "current" marks agree with them (checked, and logged if ever they do not).
 */
@Service
public class Evaluation {

    private static final Logger LOG = LoggerFactory.getLogger(Evaluation.class);

    private final StoredReports reports;
    private final RuleBook rules;
    private final FindingRepository findings;
    private final FindingMerge merge;
    private final Clock clock;
    /** A full evaluation runs alone (write); evaluations of some units run together (read), one per unit. */
    private final ReentrantReadWriteLock running = new ReentrantReadWriteLock();
    private final Map<String, ReentrantLock> unitLocks = new ConcurrentHashMap<>();

    Evaluation(StoredReports reports, RuleBook rules, FindingRepository findings, FindingMerge merge, Clock clock) {
        this.reports = reports;
        this.rules = rules;
        this.findings = findings;
        this.merge = merge;
        this.clock = clock;
    }

    /** Judges every stored report again and stores what it found, in one transaction, while nothing else is judged. */
    public EvaluationInfo run() {
        running.writeLock().lock();
        try {
            return store(judge(rules.pack()), Optional.empty());
        } finally {
            running.writeLock().unlock();
        }
    }

    /**
     * Judges again the reports of these units only, and stores what it found for them: what the rules find about
     * a unit depends on that unit's reports alone, so an upload costs the work of its unit, not of every report.
     * Everything is judged again instead when the stored findings are stale (another day, other rules).
     */
    public EvaluationInfo runFor(Set<String> units) {
        if (stale()) {
            return run();
        }
        // evaluations of other units go on at the same time; of the same unit, and a full one, take turns
        List<ReentrantLock> locks = units.stream().sorted()
                .map(u -> unitLocks.computeIfAbsent(u, k -> new ReentrantLock())).toList();
        running.readLock().lock();
        locks.forEach(ReentrantLock::lock);
        try {
            RulePack pack = rules.pack();
            LocalDate today = LocalDate.now(clock);
            List<StoredIntake> stored = units.stream().sorted().flatMap(u -> reports.intakesOf(u).stream()).toList();
            // allUnits false: MISSING_REPORT is judged for the units of these reports, that is for these units
            CheckResult result = check(pack, stored, new CheckOptions(today, false, Optional.of(periodsDue(today))));
            return store(new Judgement(today, stored, result), Optional.of(units));
        } finally {
            locks.forEach(ReentrantLock::unlock);
            running.readLock().unlock();
        }
    }

    /** Stores what was judged: for every unit, or (scope) for some units only. */
    private EvaluationInfo store(Judgement judgement, Optional<Set<String>> scope) {
        List<StoredIntake> stored = judgement.stored();
        CheckResult result = judgement.result();
        checkCurrentMarks(stored, result.reports());
        List<StoredReport> current = stored.stream().map(StoredIntake::report).filter(StoredReport::current).toList();
        Map<String, Long> currentIds = current.stream()
                .collect(Collectors.toMap(r -> key(r.unit(), r.period(), r.fileName()), StoredReport::id,
                        (a, b) -> a));
        List<NewFinding> rows = new ArrayList<>();
        for (Finding f : result.findings()) {
            rows.add(new NewFinding(rows.size(), f, reportOf(f, currentIds)));
        }
        Map<String, Long> currentReports = current.stream()
                .collect(Collectors.toMap(r -> FindingMerge.unitPeriod(r.unit(), r.period().code()),
                        StoredReport::id, (a, b) -> a));
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.MILLIS);
        EvaluationInfo info = merge.merge(rows, judgement.asOf(), rules.version(), now, currentReports, scope);
        LOG.info("Evaluated {} stored reports{} as of {} with rules {}: {} findings stand", stored.size(),
                scope.map(units -> " of " + units).orElse(""), info.asOf(), info.rulesVersion(), info.findings());
        return info;
    }

    /** What a rule pack finds in the stored reports as of today: nothing is stored. */
    public record Judgement(LocalDate asOf, List<StoredIntake> stored, CheckResult result) {
    }

    /**
     * Judges every stored report with {@code pack} (the active one, or a candidate to preview) as the stored
     * findings are judged, and stores nothing.
     */
    public Judgement judge(RulePack pack) {
        LocalDate today = LocalDate.now(clock);
        List<StoredIntake> stored = reports.intakes();
        return new Judgement(today, stored,
                check(pack, stored, new CheckOptions(today, true, Optional.of(periodsDue(today)))));
    }

    private static CheckResult check(RulePack pack, List<StoredIntake> stored, CheckOptions options) {
        // the later upload first: for a report tied with another on date, period and name, the engine
        // counts the first it is given, and so does StoredReport.LATEST_FIRST
        List<Intake> intakes = stored.stream()
                .sorted(Comparator.comparing((StoredIntake s) -> s.report().id()).reversed())
                .map(StoredIntake::intake).toList();
        // units are judged in parallel: the web app's evaluation of every stored report takes all cores
        return new Checker(pack, ForkJoinPool.commonPool()).check(intakes, options);
    }

    public Optional<EvaluationInfo> last() {
        return findings.lastEvaluation();
    }

    /** Whether the findings were judged as of another day, or by other rules, than today's. */
    public boolean stale() {
        return last().map(info -> !info.asOf().equals(LocalDate.now(clock))
                || !info.rulesVersion().equals(rules.version())).orElse(true);
    }

    @EventListener
    void rulesChanged(RulesChanged event) {
        run();
    }

    /** Deadlines pass at midnight: the day after, missing and overdue findings change. */
    @Scheduled(cron = "0 5 0 * * *", zone = "${xhht.zone:Asia/Ho_Chi_Minh}")
    void daily() {
        if (stale()) {
            run();
        }
    }

    /** 2013-H2 up to the last period whose deadline is before today, at most 2020-H2. */
    static List<Period> periodsDue(LocalDate today) {
        Period last = Deadlines.LAST;
        while (last.compareTo(Deadlines.FIRST) >= 0 && !Deadlines.passed(last, today)) {
            last = previous(last);
        }
        return last.compareTo(Deadlines.FIRST) < 0 ? List.of() : Period.range(Deadlines.FIRST, last);
    }

    private static Period previous(Period p) {
        return p.half() == 2 ? new Period(p.year(), 1) : new Period(p.year() - 1, 2);
    }

    /** A finding with a source concerns the report that counts for its unit and period, from that file. */
    private static Long reportOf(Finding f, Map<String, Long> currentIds) {
        if (f.source() == null || f.unit() == null || f.period() == null) {
            return null;
        }
        return currentIds.get(key(f.unit(), f.period(), f.source().file()));
    }

    private static String key(String unit, Period period, String file) {
        return unit + "/" + period + "/" + file;
    }

    /** The engine's "counted" must be the stored "current"; a name shared by two reports cannot be compared. */
    private static void checkCurrentMarks(List<StoredIntake> stored, List<ReportSummary> summaries) {
        Map<String, List<StoredReport>> byKey = stored.stream().map(StoredIntake::report)
                .collect(Collectors.groupingBy(r -> key(r.unit(), r.period(), r.fileName())));
        Map<String, List<ReportSummary>> counted = summaries.stream()
                .collect(Collectors.groupingBy(s -> key(s.unit(), s.period(), s.file())));
        counted.forEach((key, same) -> {
            List<StoredReport> reportsOfKey = byKey.getOrDefault(key, List.of());
            if (same.size() == 1 && reportsOfKey.size() == 1 && same.get(0).counted() != reportsOfKey.get(0).current()) {
                LOG.warn("Report {} is marked {} but the rules {} it", reportsOfKey.get(0).id(),
                        reportsOfKey.get(0).current() ? "current" : "superseded",
                        same.get(0).counted() ? "count" : "do not count");
            }
        });
    }
}
