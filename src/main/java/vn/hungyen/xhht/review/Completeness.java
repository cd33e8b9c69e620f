package vn.hungyen.xhht.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.hungyen.xhht.message.Language;
import vn.hungyen.xhht.plan.Period;
import vn.hungyen.xhht.plan.Unit;
import vn.hungyen.xhht.plan.UnitKind;
import vn.hungyen.xhht.report.Deadlines;
import vn.hungyen.xhht.report.StoredReport;
import vn.hungyen.xhht.report.StoredReports;
import vn.hungyen.xhht.review.CompletenessView.Cell;
import vn.hungyen.xhht.review.CompletenessView.PeriodRate;
import vn.hungyen.xhht.review.CompletenessView.Status;
import vn.hungyen.xhht.review.CompletenessView.UnitRow;
import vn.hungyen.xhht.unit.RuleBook;
import vn.hungyen.xhht.unit.Texts;

/**
 * Reporting completeness as of a day, from the stored reports alone. A report is taken as received on the
 * day its workbook says it was sent ("Ngày gửi"): the upload time only says when it reached this
 * application, which for past periods is long after. So as of a day, the reports sent after it are not
 * there; of those that are, the one sent last counts, as in the rules.
 */
@Service
public class Completeness {

    private final StoredReports reports;
    private final RuleBook rules;
    private final Clock clock;

    Completeness(StoredReports reports, RuleBook rules, Clock clock) {
        this.reports = reports;
        this.rules = rules;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** @param kinds the kinds of unit to include; empty for all */
    public CompletenessView asOf(LocalDate day, List<UnitKind> kinds, Language language) {
        Texts texts = rules.texts(language);
        List<Period> periods = Period.range(Deadlines.FIRST, Deadlines.LAST);
        List<Unit> units = rules.register().all().stream()
                .filter(u -> kinds == null || kinds.isEmpty() || kinds.contains(u.kind())).toList();
        // the version that counts on the day is linked; whether the report was on time is its first version's
        // (catalog reading 13)
        Map<String, StoredReport> counting = new HashMap<>();
        Map<String, StoredReport> first = new HashMap<>();
        List<StoredReport> sent = reports.all().stream().filter(r -> !r.sentOn().isAfter(day))
                .sorted(StoredReport.LATEST_FIRST).toList();
        sent.forEach(r -> counting.putIfAbsent(r.unit() + "/" + r.period(), r));
        sent.forEach(r -> first.put(r.unit() + "/" + r.period(), r));

        List<UnitRow> rows = new ArrayList<>();
        int[][] counts = new int[periods.size()][Status.values().length];
        for (Unit unit : units) {
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < periods.size(); i++) {
                Period period = periods.get(i);
                StoredReport report = counting.get(unit.code() + "/" + period);
                StoredReport firstSent = first.get(unit.code() + "/" + period);
                Status status = status(firstSent, period, day);
                counts[i][status.ordinal()]++;
                cells.add(new Cell(period.code(), status, texts.text("completeness." + status.name()),
                        report == null ? null : report.id(), firstSent == null ? null : firstSent.sentOn()));
            }
            rows.add(new UnitRow(unit.code(), texts.names().unit(unit.code()), unit.kind(), cells));
        }
        List<PeriodRate> rates = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            Period period = periods.get(i);
            int onTime = counts[i][Status.ON_TIME.ordinal()];
            int late = counts[i][Status.LATE.ordinal()];
            int expected = units.size();
            rates.add(new PeriodRate(period.code(), texts.messages().period(period), Deadlines.of(period),
                    Deadlines.passed(period, day), expected, onTime + late, onTime, late,
                    counts[i][Status.MISSING.ordinal()], percent(onTime + late, expected), percent(onTime, expected)));
        }
        return new CompletenessView(day, rates, rows);
    }

    private static Status status(StoredReport report, Period period, LocalDate day) {
        if (report != null) {
            return report.onTime() ? Status.ON_TIME : Status.LATE;
        }
        return Deadlines.passed(period, day) ? Status.MISSING : Status.NOT_DUE;
    }

    private static double percent(int part, int whole) {
        return whole == 0 ? 0 : Math.round(part * 1000.0 / whole) / 10.0;
    }
}
