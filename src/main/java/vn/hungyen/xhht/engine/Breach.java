package vn.hungyen.xhht.engine;

import java.time.LocalDate;
import java.util.List;
import org.kie.api.runtime.rule.RuleContext;
import vn.hungyen.xhht.intake.IntakeProblem;
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

    public UnitKind unitKind() {
        return finding.unitKind();
    }

    public Finding asCited() {
        return finding;
    }

    public Finding oneSeverityLower() {
        return finding.withSeverity(finding.severity().lower());
    }

    public static Breach unmetTarget(Target t, IndicatorValue v) {
        return indicator(FindingKind.UNMET_TARGET, t, t.severity(), v.report().period(), v.percent(),
                t.threshold(), v.source());
    }

    /** {@code target} is the previous year's value, which this year's had to exceed. */
    public static Breach notRisen(Target t, IndicatorValue v, IndicatorValue previous) {
        return indicator(FindingKind.TREND_NOT_MET, t, t.severity(), v.report().period(), v.percent(),
                previous.percent(), v.source());
    }

    public static Breach missingIndicator(RuleContext rule, Target t, Report r) {
        return indicator(FindingKind.MISSING_INDICATOR, t, RuleMeta.severity(rule), r.period(), null, null,
                Source.sheet(r.file(), "Chỉ tiêu"));
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
                r.source(), deadline, r.submittedOn(), null, List.of()));
    }

    public static Breach dataError(RuleContext rule, DataProblem p) {
        IntakeProblem problem = p.problem();
        return new Breach(new Finding(RuleMeta.id(rule), FindingKind.DATA_ERROR, RuleMeta.severity(rule),
                p.unit(), p.unitKind(), p.period(), null, null, null, null, null, RuleMeta.citation(rule),
                problem.source(), null, null, problem.problem(), problem.args()));
    }

    private static Breach indicator(FindingKind kind, Target t, Severity severity, Period period, Double actual,
                                    Double target, Source source) {
        return new Breach(new Finding(t.ruleId(), kind, severity, t.unit(), t.unitKind(), period, t.indicator(),
                null, t.year(), actual, target, t.citation(), source, null, null, null, List.of()));
    }

    private static Breach deliverable(FindingKind kind, RuleContext rule, Duty d, Period period, Source source,
                                      LocalDate date) {
        return new Breach(new Finding(d.ruleId(), kind, RuleMeta.severity(rule), d.unit(), d.unitKind(), period,
                null, d.deliverable(), d.year(), null, null, d.citation(), source, d.due(), date, null,
                List.of()));
    }
}
