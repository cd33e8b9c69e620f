package vn.hungyen.xhht.engine;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.kie.api.runtime.rule.RuleContext;
import vn.hungyen.xhht.intake.IntakeProblem;
import vn.hungyen.xhht.intake.Problem;
import vn.hungyen.xhht.intake.Source;
import vn.hungyen.xhht.plan.FindingKind;
import vn.hungyen.xhht.plan.Period;
import vn.hungyen.xhht.plan.Severity;
import vn.hungyen.xhht.plan.UnitKind;

/**
 * What a detection rule inserts: a finding with the severity its rule gives. The rules of
 * rules/checks/severity.drl turn it into the {@link Finding} that is reported, with the final severity.
 * Each factory below is what one kind of detection rule inserts.
 */
public record Breach(Finding finding) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public UnitKind unitKind() {
        return finding.unitKind();
    }

    public Finding asCited() {
        return finding;
    }

    public Finding oneSeverityLower() {
        return finding.withSeverity(finding.severity().lower());
    }

    /** The target's threshold is the one breached: for a gap below −X, −X. */
    public static Breach unmetTarget(Target t, YearEndValue y) {
        IndicatorValue v = y.value();
        double bound = t.kind() == TargetKind.WITHIN && v.percent() < 0 ? -t.threshold() : t.threshold();
        return indicator(FindingKind.UNMET_TARGET, t, t.severity(), v.report().period(), v.percent(), bound,
                v.source(), List.of());
    }

    /**
     * {@code target} is the value of the latest earlier year reported, which this year's had to exceed; the
     * finding's one argument is that year (reading 19: it need not be the year before).
     */
    public static Breach notRisen(Target t, YearEndValue y, YearEndValue previous) {
        IndicatorValue v = y.value();
        return indicator(FindingKind.TREND_NOT_MET, t, t.severity(), v.report().period(), v.percent(),
                previous.percent(), v.source(), List.of(String.valueOf(previous.year())));
    }

    public static Breach missingIndicator(RuleContext rule, Target t, Report r) {
        return indicator(FindingKind.MISSING_INDICATOR, t, RuleMeta.severity(rule), r.period(), null, null,
                Source.sheet(r.file(), "Chỉ tiêu"), List.of());
    }

    public static Breach missingDeliverable(RuleContext rule, Duty d, Report r) {
        return deliverable(FindingKind.MISSING_DELIVERABLE, rule, d, r.period(), Source.sheet(r.file(), "Nhiệm vụ"),
                null);
    }

    public static Breach overdue(RuleContext rule, Duty d, DeliverableStatus row) {
        return deliverable(FindingKind.OVERDUE_DELIVERABLE, rule, d, row.report().period(), row.statusSource(),
                null);
    }

    /** Overdue and never reported on at all: the finding points at the last report that owed it. */
    public static Breach overdue(RuleContext rule, Duty d, Report last) {
        return deliverable(FindingKind.OVERDUE_DELIVERABLE, rule, d, last.period(),
                Source.sheet(last.file(), "Nhiệm vụ"), null);
    }

    /**
     * A standing duty reported not started in a second-half report: not started in a whole year (reading 16),
     * due the last day of that year.
     */
    public static Breach notStartedInYear(RuleContext rule, Duty d, DeliverableStatus row) {
        Period period = row.report().period();
        return new Breach(new Finding(d.ruleId(), FindingKind.OVERDUE_DELIVERABLE, RuleMeta.severity(rule), d.unit(),
                d.unitKind(), period, null, d.deliverable(), period.year(), null, null, d.citation(),
                row.statusSource(), period.end(), null, null, List.of()));
    }

    public static Breach lateDeliverable(RuleContext rule, Duty d, DeliverableStatus row) {
        return deliverable(FindingKind.LATE_DELIVERABLE, rule, d, row.report().period(), row.completedOnSource(),
                row.completedOn());
    }

    public static Breach noEvidence(RuleContext rule, Duty d, DeliverableStatus row) {
        return deliverable(FindingKind.NO_EVIDENCE, rule, d, row.report().period(), row.documentSource(), null);
    }

    public static Breach missingReport(RuleContext rule, ScopeUnit unit, Period period, LocalDate deadline) {
        return new Breach(new Finding(RuleMeta.id(rule), FindingKind.MISSING_REPORT, RuleMeta.severity(rule),
                unit.code(), unit.kind(), period, null, null, null, null, null, RuleMeta.citation(rule), null,
                deadline, null, null, List.of()));
    }

    public static Breach lateReport(RuleContext rule, Report r, LocalDate deadline) {
        return new Breach(new Finding(RuleMeta.id(rule), FindingKind.LATE_REPORT, RuleMeta.severity(rule),
                r.unit(), r.unitKind(), r.period(), null, null, null, null, null, RuleMeta.citation(rule),
                r.firstSource(), deadline, r.firstSubmittedOn(), null, List.of()));
    }

    /** The date written in a report is before its period began (reading 18). */
    public static Breach datedBeforePeriod(RuleContext rule, Report r) {
        return cellError(rule, r, r.source(), Problem.DATE_BEFORE_PERIOD, r.writtenOn(), r.period().start());
    }

    /** The date written in a report is after the day of the check (reading 18). */
    public static Breach datedAfterCheck(RuleContext rule, Report r, LocalDate today) {
        return cellError(rule, r, r.source(), Problem.DATE_AFTER_CHECK, r.writtenOn(), today);
    }

    /** A row completed after the day its report was written as sent (reading 18). */
    public static Breach completedAfterSent(RuleContext rule, DeliverableStatus row) {
        return cellError(rule, row.report(), row.completedOnSource(), Problem.COMPLETED_AFTER_SENT, row.completedOn(),
                row.report().writtenOn());
    }

    private static Breach cellError(RuleContext rule, Report r, Source at, Problem problem, LocalDate date,
                                    LocalDate other) {
        return new Breach(new Finding(RuleMeta.id(rule), FindingKind.DATA_ERROR, RuleMeta.severity(rule), r.unit(),
                r.unitKind(), r.period(), null, null, null, null, null, RuleMeta.citation(rule), at, null, null,
                problem, List.of(DAY.format(date), DAY.format(other))));
    }

    public static Breach dataError(RuleContext rule, DataProblem p) {
        IntakeProblem problem = p.problem();
        return new Breach(new Finding(RuleMeta.id(rule), FindingKind.DATA_ERROR, RuleMeta.severity(rule),
                p.unit(), p.unitKind(), p.period(), null, null, null, null, null, RuleMeta.citation(rule),
                problem.source(), null, null, problem.problem(), problem.args()));
    }

    private static Breach indicator(FindingKind kind, Target t, Severity severity, Period period, Double actual,
                                    Double target, Source source, List<String> args) {
        return new Breach(new Finding(t.ruleId(), kind, severity, t.unit(), t.unitKind(), period, t.indicator(),
                null, t.year(), actual, target, t.citation(), source, null, null, null, args));
    }

    private static Breach deliverable(FindingKind kind, RuleContext rule, Duty d, Period period, Source source,
                                      LocalDate date) {
        return new Breach(new Finding(d.ruleId(), kind, RuleMeta.severity(rule), d.unit(), d.unitKind(), period,
                null, d.deliverable(), d.year(), null, null, d.citation(), source, d.due(), date, null,
                List.of()));
    }
}
