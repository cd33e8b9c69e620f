package vn.hungyen.xhht.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.hungyen.xhht.intake.DeliverableEntry;
import vn.hungyen.xhht.intake.Intake;
import vn.hungyen.xhht.intake.IntakeProblem;
import vn.hungyen.xhht.intake.Problem;
import vn.hungyen.xhht.intake.Receipt;
import vn.hungyen.xhht.intake.ReportData;
import vn.hungyen.xhht.intake.ValueRow;
import vn.hungyen.xhht.plan.Unit;
import vn.hungyen.xhht.plan.UnitRegister;

/**
 * The facts a set of read files gives the rules, after the contract's reasoning about versions (catalog
 * readings 13 and 14): of a unit's versions for a period, the one sent last counts, and the first one sent
 * decides timeliness. A version is dated by the day the application received it, or else by the date written
 * in it; a tie goes to the version received (or, on the command line, modified) last, and on the command line
 * it is a data error, since the written dates do not tell. Problems of a superseded version are dropped with it.
 * Which value and row of the reports that count answer which year and duty is for the rules to say
 * (rules/plan/calendar.drl); here the rows of the latest period are marked as those that count.
 */
final class Submissions {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A version of a unit's report for a period, with the day that dates it. */
    private record Version(Intake intake, ReportData data, LocalDate sentOn, Instant at, boolean stored) {

        static Version of(Intake intake, ReportData data) {
            Receipt receipt = intake.receipt();
            LocalDate received = receipt == null ? null : receipt.receivedOn();
            return new Version(intake, data, received != null ? received : data.submittedOn(),
                    receipt == null ? null : receipt.at(), receipt != null && receipt.stored());
        }

        String key() {
            return data.unit() + "/" + data.period();
        }
    }

    /**
     * Sent later first; a tie goes to the later receipt, then (files of a folder) the later file name; a full tie
     * to the first given, which for stored versions is the one stored last.
     */
    private static final Comparator<Version> LATEST_FIRST = Comparator.comparing(Version::sentOn)
            .thenComparing(Version::at, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(v -> v.stored() ? "" : v.data().file()).reversed();

    final List<ReportSummary> summaries = new ArrayList<>();
    final List<Report> reports = new ArrayList<>();
    final List<IndicatorValue> values = new ArrayList<>();
    final List<DeliverableStatus> statuses = new ArrayList<>();
    final List<DataProblem> problems = new ArrayList<>();

    Submissions(List<Intake> intakes, UnitRegister units) {
        Map<String, List<Version>> versions = new LinkedHashMap<>();
        intakes.forEach(i -> i.report().map(r -> Version.of(i, r))
                .ifPresent(v -> versions.computeIfAbsent(v.key(), k -> new ArrayList<>()).add(v)));
        versions.values().forEach(v -> v.sort(LATEST_FIRST));

        for (Intake intake : intakes) {
            ReportData data = intake.report().orElse(null);
            if (data == null) {
                intake.problems().forEach(p -> problems.add(new DataProblem(p, true, null, null, null)));
                continue;
            }
            List<Version> ofPeriod = versions.get(data.unit() + "/" + data.period());
            Version counting = ofPeriod.get(0);
            boolean counts = counting.intake() == intake;
            Version mine = counts ? counting : ofPeriod.stream().filter(v -> v.intake() == intake).findFirst().orElseThrow();
            summaries.add(new ReportSummary(data.file(), data.unit(), data.period(), mine.sentOn(), counts));
            if (counts) {
                Unit unit = units.find(data.unit()).orElseThrow();
                intake.problems().forEach(p -> problems.add(new DataProblem(p, false, unit.code(), unit.kind(),
                        data.period())));
                sameDay(ofPeriod).ifPresent(p -> problems.add(new DataProblem(p, false, unit.code(), unit.kind(),
                        data.period())));
            }
        }

        List<Version> counted = versions.values().stream().map(v -> v.get(0))
                .sorted(Comparator.comparing((Version v) -> v.data().period()).reversed()).toList();
        Map<String, Boolean> seenRow = new HashMap<>();
        Map<String, Boolean> seenRowInYear = new HashMap<>();
        for (Version version : counted) {
            ReportData data = version.data();
            List<Version> ofPeriod = versions.get(version.key());
            Version first = ofPeriod.get(ofPeriod.size() - 1);
            Unit unit = units.find(data.unit()).orElseThrow();
            Report report = new Report(data.file(), unit.code(), unit.kind(), data.period(), version.sentOn(),
                    data.submittedOnSource(), data.submittedOn(), first.sentOn(), first.data().submittedOnSource());
            reports.add(report);
            for (ValueRow v : data.values()) {
                values.add(new IndicatorValue(report, unit.code(), v.indicator(), v.year(), v.percent(), v.source()));
            }
            for (DeliverableEntry d : data.deliverables()) {
                int year = d.completedOn() != null ? d.completedOn().getYear() : data.period().year();
                boolean latest = first(seenRow, unit.code() + "/" + d.deliverable());
                boolean latestInYear = first(seenRowInYear, unit.code() + "/" + d.deliverable() + "/" + year);
                statuses.add(new DeliverableStatus(report, unit.code(), d.deliverable(), year, d.status(),
                        d.completedOn(), d.documentNo(), latest, latestInYear, d.statusSource(),
                        d.completedOnSource(), d.documentSource()));
            }
        }
    }

    /** On the command line, two versions dated the same day: the written dates cannot say which is later. */
    private static Optional<IntakeProblem> sameDay(List<Version> ofPeriod) {
        if (ofPeriod.size() < 2) {
            return Optional.empty();
        }
        Version counting = ofPeriod.get(0);
        Version next = ofPeriod.get(1);
        if (counting.stored() || !counting.sentOn().equals(next.sentOn())) {
            return Optional.empty();
        }
        return Optional.of(IntakeProblem.of(counting.data().submittedOnSource(), Problem.SAME_DAY_VERSIONS,
                next.data().file(), DAY.format(counting.sentOn())));
    }

    /** True the first time a key is seen: the reports are visited latest period first. */
    private static boolean first(Map<String, Boolean> seen, String key) {
        return seen.putIfAbsent(key, Boolean.TRUE) == null;
    }
}
