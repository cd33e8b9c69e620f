package vn.hungyen.xhht.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;
import vn.hungyen.xhht.engine.Target;
import vn.hungyen.xhht.engine.TargetKind;
import vn.hungyen.xhht.message.Language;
import vn.hungyen.xhht.plan.Period;
import vn.hungyen.xhht.plan.Unit;
import vn.hungyen.xhht.report.CountingValue;
import vn.hungyen.xhht.report.Deadlines;
import vn.hungyen.xhht.report.StoredReports;
import vn.hungyen.xhht.system.ApiException;
import vn.hungyen.xhht.review.TargetGroup;
import vn.hungyen.xhht.review.TargetGroup.TargetUnit;
import vn.hungyen.xhht.review.Targets;
import vn.hungyen.xhht.unit.RuleBook;
import vn.hungyen.xhht.unit.Texts;

/**
 * Progress toward the targets of section II: each unit's scorecard, the chart of one unit's indicator, and
 * every unit against every indicator for a year. Whether a value meets its target is what the rules found
 * ({@link Targets}: a breach is a finding of the target rule); this class adds what a year without a value
 * means on a day (not reported, or not due yet), and the trend to each milestone ({@link ProgressMethod}),
 * which is information only: it never makes a finding.
 *
 * <p>A value counts as final when it comes from a report of the year's second half or later; a value of the
 * year in progress sent with its first-half report is provisional: the rules judge it like any value (it is the
 * one that counts until a later report gives another), but the trend leaves it out, since a mid-year figure
 * would bend a yearly growth rate.
 */
@Service
public class Progress {

    /** The milestones (II.1 "đến năm 2015", II.2 "đến năm 2020") and the first year of the stage leading to each. */
    static final NavigableMap<Integer, Integer> STAGES = new TreeMap<>(Map.of(2015, 2012, 2020, 2015));

    private final Targets targets;
    private final RuleBook rules;
    private final StoredReports reports;
    private final Clock clock;

    Progress(Targets targets, RuleBook rules, StoredReports reports, Clock clock) {
        this.targets = targets;
        this.rules = rules;
        this.reports = reports;
        this.clock = clock;
    }

    /** @throws ApiException (404) when the unit is not in the register */
    public Scorecard scorecard(String unit, Language language) {
        known(unit);
        Facts facts = facts(language);
        List<Scorecard.Row> rows = facts.indicatorsOf(unit).stream().map(i -> facts.row(unit, i)).toList();
        Map<Standing, Integer> counts = new EnumMap<>(Standing.class);
        for (Standing s : Standing.values()) {
            counts.put(s, 0);
        }
        rows.stream().flatMap(r -> r.cells().stream()).filter(c -> c != null && c.standing() != null)
                .forEach(c -> counts.merge(c.standing(), 1, Integer::sum));
        return new Scorecard(unit, facts.texts.names().unit(unit), facts.today, facts.years, rows, counts);
    }

    /** @throws ApiException (404) when the unit is not in the register or has no target for the indicator */
    public Chart chart(String unit, String indicator, Language language) {
        known(unit);
        Facts facts = facts(language);
        if (!facts.indicatorsOf(unit).contains(indicator)) {
            throw ApiException.notFound("api.error.noTarget", unit, indicator);
        }
        Scorecard.Row row = facts.row(unit, indicator);
        List<Chart.Point> points = facts.values(unit, indicator).values().stream()
                .map(v -> new Chart.Point(v.year(), v.percent(), provisional(v), v.report().period().code(),
                        v.report().id()))
                .toList();
        List<Chart.Milestone> milestones = facts.targetsOf(unit, indicator).stream()
                .filter(t -> STAGES.containsKey(t.year()) && t.kind() != TargetKind.RISES)
                .map(t -> new Chart.Milestone(t.year(), t.kind(), t.threshold(), t.ruleId(), t.citation()))
                .toList();
        return new Chart(unit, facts.texts.names().unit(unit), indicator, facts.texts.names().indicator(indicator),
                row.kind(), points, milestones, row.projections(), row);
    }

    private void known(String unit) {
        if (rules.register().find(unit).isEmpty()) {
            throw ApiException.notFound("api.error.unknownUnit", unit);
        }
    }

    /** @param year the year to show; null for the latest milestone whose reports were due, else the first */
    public Overview overview(Integer year, Language language) {
        Facts facts = facts(language);
        int shown = year != null ? year : STAGES.descendingKeySet().stream()
                .filter(m -> Deadlines.passed(new Period(m, 2), facts.today)).findFirst()
                .orElse(STAGES.firstKey());
        List<String> indicators = List.copyOf(rules.obligations().indicators());
        List<Overview.Line> lines = new ArrayList<>();
        for (Unit unit : rules.register().all()) {
            List<Scorecard.Cell> cells = indicators.stream().map(i -> facts.targetsOf(unit.code(), i).stream()
                    .filter(t -> t.year() == shown).findFirst().map(facts::cell).orElse(null)).toList();
            if (cells.stream().allMatch(c -> c == null)) {
                continue;
            }
            lines.add(new Overview.Line(unit.code(), facts.texts.names().unit(unit.code()), cells,
                    count(cells, Standing.MET), count(cells, Standing.NOT_MET), count(cells, Standing.NOT_REPORTED)));
        }
        List<Overview.Column> columns = indicators.stream()
                .map(i -> new Overview.Column(i, facts.texts.names().indicator(i))).toList();
        return new Overview(shown, facts.targetYears, columns, lines);
    }

    private static int count(List<Scorecard.Cell> cells, Standing standing) {
        return (int) cells.stream().filter(c -> c != null && c.standing() == standing).count();
    }

    /** Whether the value was sent before the year's second-half report: a mid-year figure. */
    static boolean provisional(CountingValue value) {
        return value.report().period().compareTo(new Period(value.year(), 2)) < 0;
    }

    private Facts facts(Language language) {
        return new Facts(rules.texts(language), LocalDate.now(clock), rules.obligations().targets(),
                targets.targets(null, null, language), reports.countingValues());
    }

    /** What one request reads, once: the targets, how the rules judged them, the values that count. */
    private static final class Facts {

        private final Texts texts;
        private final LocalDate today;
        private final Map<String, List<Target>> targetsByIndicator;
        private final Map<String, TreeMap<Integer, CountingValue>> values = new HashMap<>();
        private final Map<String, Judged> judged = new HashMap<>();
        private final List<Integer> years;
        private final List<Integer> targetYears;

        private record Judged(Standing standing, TargetUnit unit) {
        }

        Facts(Texts texts, LocalDate today, List<Target> all, List<TargetGroup> groups, List<CountingValue> counting) {
            this.texts = texts;
            this.today = today;
            this.targetsByIndicator = all.stream().collect(Collectors.groupingBy(t -> t.unit() + "/" + t.indicator(),
                    Collectors.collectingAndThen(Collectors.toList(),
                            l -> l.stream().sorted(Comparator.comparing(Target::year)).toList())));
            for (TargetGroup g : groups) {
                judge(g, g.met(), Standing.MET);
                judge(g, g.missed(), Standing.NOT_MET);
                judge(g, g.noValue(), Standing.NOT_REPORTED);
                judge(g, g.unjudged(), Standing.UNJUDGED);
            }
            counting.forEach(v -> values.computeIfAbsent(v.unit() + "/" + v.indicator(), k -> new TreeMap<>())
                    .put(v.year(), v));
            this.targetYears = all.stream().map(Target::year).collect(Collectors.toCollection(TreeSet::new))
                    .stream().toList();
            this.years = targetYears.isEmpty() ? List.of()
                    : IntStream.rangeClosed(targetYears.get(0), targetYears.get(targetYears.size() - 1)).boxed().toList();
        }

        private void judge(TargetGroup group, List<TargetUnit> units, Standing standing) {
            units.forEach(u -> judged.put(u.unit() + "/" + group.ruleId() + "/" + group.year(), new Judged(standing, u)));
        }

        List<String> indicatorsOf(String unit) {
            return targetsByIndicator.keySet().stream().filter(k -> k.startsWith(unit + "/"))
                    .map(k -> k.substring(unit.length() + 1)).sorted().toList();
        }

        List<Target> targetsOf(String unit, String indicator) {
            return targetsByIndicator.getOrDefault(unit + "/" + indicator, List.of());
        }

        TreeMap<Integer, CountingValue> values(String unit, String indicator) {
            return values.getOrDefault(unit + "/" + indicator, new TreeMap<>());
        }

        Scorecard.Row row(String unit, String indicator) {
            List<Target> owed = targetsOf(unit, indicator);
            TreeMap<Integer, CountingValue> reported = values(unit, indicator);
            List<Scorecard.Cell> cells = new ArrayList<>();
            for (int year : years) {
                Optional<Target> target = owed.stream().filter(t -> t.year() == year).findFirst();
                CountingValue value = reported.get(year);
                cells.add(target.map(this::cell).orElseGet(() -> value == null ? null
                        : new Scorecard.Cell(year, null, null, null, null, value.percent(), null, provisional(value),
                        value.report().id())));
            }
            NavigableMap<Integer, Double> trend = new TreeMap<>();
            reported.values().stream().filter(v -> !provisional(v)).forEach(v -> trend.put(v.year(), v.percent()));
            List<Projection> projections = new ArrayList<>();
            Integer next = null;
            for (Target t : owed) {
                Integer stageStart = STAGES.get(t.year());
                if (stageStart != null) {
                    Double threshold = t.kind() == TargetKind.RISES ? null : t.threshold();
                    projections.add(ProgressMethod.project(t.kind(), threshold, t.year(), stageStart, trend));
                    if (next == null && !reported.containsKey(t.year())) {
                        next = t.year();
                    }
                }
            }
            TargetKind kind = owed.get(0).kind();
            return new Scorecard.Row(indicator, texts.names().indicator(indicator), kind, cells, projections, next);
        }

        Scorecard.Cell cell(Target t) {
            Judged j = judged.get(t.unit() + "/" + t.ruleId() + "/" + t.year());
            CountingValue value = values(t.unit(), t.indicator()).get(t.year());
            Standing standing = j == null ? Standing.NOT_REPORTED : j.standing();
            if (standing == Standing.NOT_REPORTED && !Deadlines.passed(new Period(t.year(), 2), today)) {
                standing = Standing.NOT_DUE;
            }
            Double threshold = t.kind() == TargetKind.RISES ? null : t.threshold();
            Double compareTo = j == null ? null : j.unit().compareTo();
            return new Scorecard.Cell(t.year(), t.ruleId(), t.citation(), threshold, standing,
                    value == null ? null : value.percent(), compareTo, value != null && provisional(value),
                    value == null ? null : value.report().id());
        }
    }
}
