package vn.hungyen.xhht.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.hungyen.xhht.intake.DeliverableEntry;
import vn.hungyen.xhht.intake.Intake;
import vn.hungyen.xhht.intake.ReportData;
import vn.hungyen.xhht.intake.ValueRow;
import vn.hungyen.xhht.plan.Unit;
import vn.hungyen.xhht.plan.UnitRegister;

/**
 * The facts a set of read files gives the rules, after the contract's cross-report reasoning: for a unit
 * and period the report submitted last counts (ties: the later file name); of the values and rows those
 * reports give for the same thing, the one submitted last counts. Problems of a superseded report are
 * dropped with it.
 */
final class Submissions {

    /** Later submission first; a tie goes to the later period, then the later file name. */
    private static final Comparator<ReportData> LATEST_FIRST = Comparator.comparing(ReportData::submittedOn)
            .thenComparing(ReportData::period).thenComparing(ReportData::file).reversed();

    final List<ReportSummary> summaries = new ArrayList<>();
    final List<Report> reports = new ArrayList<>();
    final List<IndicatorValue> values = new ArrayList<>();
    final List<DeliverableStatus> statuses = new ArrayList<>();
    final List<DataProblem> problems = new ArrayList<>();

    Submissions(List<Intake> intakes, UnitRegister units) {
        Map<String, ReportData> counting = new HashMap<>();
        intakes.stream().flatMap(i -> i.report().stream()).sorted(LATEST_FIRST)
                .forEach(r -> counting.putIfAbsent(r.unit() + "/" + r.period(), r));
        List<ReportData> counted = counting.values().stream().sorted(LATEST_FIRST).toList();

        for (Intake intake : intakes) {
            ReportData data = intake.report().orElse(null);
            boolean counts = data != null && counting.get(data.unit() + "/" + data.period()) == data;
            if (data != null) {
                summaries.add(new ReportSummary(data.file(), data.unit(), data.period(), data.submittedOn(), counts));
            }
            if (data == null || counts) {
                Unit unit = data == null ? null : units.find(data.unit()).orElseThrow();
                intake.problems().forEach(p -> problems.add(new DataProblem(p, data == null,
                        unit == null ? null : unit.code(), unit == null ? null : unit.kind(),
                        data == null ? null : data.period())));
            }
        }

        Map<String, Boolean> seenValue = new HashMap<>();
        Map<String, Boolean> seenRow = new HashMap<>();
        Map<String, Boolean> seenRowInYear = new HashMap<>();
        for (ReportData data : counted) {
            Unit unit = units.find(data.unit()).orElseThrow();
            Report report = new Report(data.file(), unit.code(), unit.kind(), data.period(), data.submittedOn(),
                    data.submittedOnSource());
            reports.add(report);
            for (ValueRow v : data.values()) {
                boolean latest = first(seenValue, unit.code() + "/" + v.indicator() + "/" + v.year());
                values.add(new IndicatorValue(report, unit.code(), v.indicator(), v.year(), v.percent(), latest,
                        v.source()));
            }
            for (DeliverableEntry d : data.deliverables()) {
                int year = data.period().year();
                boolean latest = first(seenRow, unit.code() + "/" + d.deliverable());
                boolean latestInYear = first(seenRowInYear, unit.code() + "/" + d.deliverable() + "/" + year);
                statuses.add(new DeliverableStatus(report, unit.code(), d.deliverable(), year, d.status(),
                        d.completedOn(), d.documentNo(), latest, latestInYear, d.statusSource(),
                        d.completedOnSource(), d.documentSource()));
            }
        }
    }

    /** True the first time a key is seen: the reports are visited latest first. */
    private static boolean first(Map<String, Boolean> seen, String key) {
        return seen.putIfAbsent(key, Boolean.TRUE) == null;
    }
}
