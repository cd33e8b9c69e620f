package vn.hungyen.xhht.export;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.hungyen.xhht.engine.Duty;
import vn.hungyen.xhht.engine.Target;
import vn.hungyen.xhht.engine.TargetKind;
import vn.hungyen.xhht.export.UnitReport.DeliverableLine;
import vn.hungyen.xhht.export.UnitReport.IndicatorLine;
import vn.hungyen.xhht.export.UnitReport.Standing;
import vn.hungyen.xhht.message.Language;
import vn.hungyen.xhht.plan.FindingKind;
import vn.hungyen.xhht.plan.Period;
import vn.hungyen.xhht.plan.Unit;
import vn.hungyen.xhht.report.Deadlines;
import vn.hungyen.xhht.report.StoredReport;
import vn.hungyen.xhht.report.StoredReports;
import vn.hungyen.xhht.review.Evaluation;
import vn.hungyen.xhht.review.FindingFilter;
import vn.hungyen.xhht.review.FindingQueries;
import vn.hungyen.xhht.review.FindingView;
import vn.hungyen.xhht.review.ReportDetail;
import vn.hungyen.xhht.review.ReportDetail.DeliverableView;
import vn.hungyen.xhht.review.ReportDetail.ValueView;
import vn.hungyen.xhht.review.ReportQueries;
import vn.hungyen.xhht.system.ApiException;
import vn.hungyen.xhht.unit.RuleBook;
import vn.hungyen.xhht.unit.Texts;

/**
 * A unit's report for a period as an auditor prints it. Whether a value misses its target is what the rules
 * found (the findings of the last evaluation), never judged again here.
 */
@Service
public class UnitReports {

    private static final Set<FindingKind> MISSES = Set.of(FindingKind.UNMET_TARGET, FindingKind.TREND_NOT_MET);

    private final RuleBook rules;
    private final StoredReports reports;
    private final ReportQueries reportQueries;
    private final FindingQueries findings;
    private final Evaluation evaluation;
    private final Clock clock;

    UnitReports(RuleBook rules, StoredReports reports, ReportQueries reportQueries, FindingQueries findings,
                Evaluation evaluation, Clock clock) {
        this.rules = rules;
        this.reports = reports;
        this.reportQueries = reportQueries;
        this.findings = findings;
        this.evaluation = evaluation;
        this.clock = clock;
    }

    public UnitReport report(String unitCode, Period period, Language language) {
        Unit unit = rules.register().find(unitCode)
                .orElseThrow(() -> ApiException.notFound("api.error.unknownUnit", unitCode));
        Texts texts = rules.texts(language);
        LocalDate today = LocalDate.now(clock);
        List<StoredReport> versions = reports.versions(unit.code(), period);
        Optional<ReportDetail> detail = versions.stream().filter(StoredReport::current).findFirst()
                .flatMap(r -> reportQueries.report(r.id(), language));
        List<FindingView> found = findings.all(new FindingFilter(unit.code(), null, period, null, null, null, null,
                null, null), language);
        return new UnitReport(unit.code(), texts.names().unit(unit.code()), unit.kind(), period.code(),
                texts.messages().period(period), Deadlines.of(period), Deadlines.passed(period, today),
                detail.map(ReportDetail::report).orElse(null), detail.map(ReportDetail::preparedBy).orElse(null),
                versions.size(), indicators(unit, period, detail, found, texts),
                deliverables(unit, period, detail, texts), found, today, evaluation.last().orElse(null));
    }

    private List<IndicatorLine> indicators(Unit unit, Period period, Optional<ReportDetail> detail,
                                           List<FindingView> found, Texts texts) {
        List<ValueView> values = detail.map(ReportDetail::values).orElse(List.of());
        List<Target> owed = rules.obligations().indicatorsOwed(unit.code(), period);
        // the unit's values that count, by indicator and year: what a "rises every year" target compares with
        Set<String> counting = reports.countingValues().stream().filter(c -> c.unit().equals(unit.code()))
                .map(c -> c.indicator() + "/" + c.year()).collect(Collectors.toSet());
        Judged judged = new Judged(found, counting);
        List<IndicatorLine> lines = new ArrayList<>();
        for (Target t : owed) {
            ValueView value = values.stream().filter(v -> v.indicator().equals(t.indicator()) && v.year() == t.year())
                    .findFirst().orElse(null);
            lines.add(line(t.indicator(), t.year(), t, value, judged, texts));
        }
        for (ValueView v : values) {
            boolean listed = owed.stream().anyMatch(t -> t.indicator().equals(v.indicator()) && t.year() == v.year());
            if (!listed) {
                Target target = rules.obligations().targets().stream().filter(t -> t.unit().equals(unit.code())
                        && t.indicator().equals(v.indicator()) && t.year() == v.year()).findFirst().orElse(null);
                lines.add(line(v.indicator(), v.year(), target, v, judged, texts));
            }
        }
        lines.sort(Comparator.comparing(IndicatorLine::indicator).thenComparing(IndicatorLine::year));
        return lines;
    }

    private static IndicatorLine line(String indicator, int year, Target target, ValueView value, Judged judged,
                                      Texts texts) {
        Standing standing = judged.standing(indicator, year, target, value);
        String targetText = target == null ? null : texts.text("template.target." + target.kind().name(),
                target.kind() == TargetKind.RISES ? "" : texts.messages().number(target.threshold()));
        return new IndicatorLine(indicator, texts.names().indicator(indicator), year, targetText,
                target == null ? null : target.citation(), value == null ? null : value.percent(),
                value == null ? null : value.numerator(), value == null ? null : value.denominator(), standing,
                texts.text("print.standing." + standing.name()), value == null ? null : value.source());
    }

    /** The findings about the unit and period, and the unit's counting values ({@code indicator/year}). */
    private record Judged(List<FindingView> found, Set<String> counting) {

        Standing standing(String indicator, int year, Target target, ValueView value) {
            if (found.stream().anyMatch(f -> MISSES.contains(f.kind()) && indicator.equals(f.indicator())
                    && Objects.equals(f.year(), year))) {
                return Standing.NOT_MET;
            }
            if (value == null) {
                return Standing.NOT_REPORTED;
            }
            if (target == null) {
                return Standing.NO_TARGET;
            }
            if (target.kind() == TargetKind.RISES && !counting.contains(indicator + "/" + (year - 1))) {
                return Standing.UNJUDGED;
            }
            return Standing.MET;
        }
    }

    private List<DeliverableLine> deliverables(Unit unit, Period period, Optional<ReportDetail> detail, Texts texts) {
        List<DeliverableView> rows = detail.map(ReportDetail::deliverables).orElse(List.of());
        List<DeliverableLine> lines = new ArrayList<>();
        List<Duty> owed = rules.obligations().deliverablesOwed(unit.code(), period);
        for (Duty d : owed) {
            DeliverableView row = rows.stream().filter(r -> r.deliverable().equals(d.deliverable())).findFirst()
                    .orElse(null);
            lines.add(line(d.deliverable(), d.due(), row, true, texts));
        }
        Set<String> owedCodes = owed.stream().map(Duty::deliverable).collect(Collectors.toSet());
        rows.stream().filter(r -> !owedCodes.contains(r.deliverable()))
                .forEach(r -> lines.add(line(r.deliverable(), null, r, false, texts)));
        return lines;
    }

    private static DeliverableLine line(String code, LocalDate due, DeliverableView row, boolean owed, Texts texts) {
        return new DeliverableLine(code, texts.names().deliverable(code), due, row == null ? null : row.status(),
                row == null ? null : row.statusLabel(), row == null ? null : row.completedOn(),
                row == null ? null : row.documentNo(), owed);
    }
}
