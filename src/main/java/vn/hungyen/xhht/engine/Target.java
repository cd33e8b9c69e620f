package vn.hungyen.xhht.engine;

import org.kie.api.runtime.rule.RuleContext;
import vn.hungyen.xhht.plan.Severity;
import vn.hungyen.xhht.plan.Unit;
import vn.hungyen.xhht.plan.UnitKind;

/**
 * A target of section II as it applies to one unit and one year: inserted by a target rule
 * (rules/targets), judged by the indicator checks (rules/checks/indicators.drl) on the year-end value
 * (rules/plan/calendar.drl). Findings about it carry the id, clause and severity of the target rule.
 */
public record Target(String ruleId, String citation, Severity severity, String unit, UnitKind unitKind,
                     String indicator, int year, TargetKind kind, double threshold) {

    /** "đạt X%": at least {@code minimum}. */
    public static Target atLeast(RuleContext rule, Unit unit, String indicator, int year, double minimum) {
        return of(rule, unit, indicator, year, TargetKind.AT_LEAST, minimum);
    }

    /** "trên X%" read literally: strictly above {@code minimum}. */
    public static Target above(RuleContext rule, Unit unit, String indicator, int year, double minimum) {
        return of(rule, unit, indicator, year, TargetKind.ABOVE, minimum);
    }

    /** At most {@code maximum}. */
    public static Target atMost(RuleContext rule, Unit unit, String indicator, int year, double maximum) {
        return of(rule, unit, indicator, year, TargetKind.AT_MOST, maximum);
    }

    /** A gap within ± {@code tolerance} points either way; such an indicator may be negative (−100 to 100). */
    public static Target within(RuleContext rule, Unit unit, String indicator, int year, double tolerance) {
        return of(rule, unit, indicator, year, TargetKind.WITHIN, tolerance);
    }

    /** "hàng năm tăng": above the unit's value of the latest earlier year reported. */
    public static Target rises(RuleContext rule, Unit unit, String indicator, int year) {
        return of(rule, unit, indicator, year, TargetKind.RISES, Double.NaN);
    }

    /** Whether a value meets this target's threshold (RISES: always; it is judged against another year). */
    public boolean metBy(double value) {
        return kind.met(value, threshold);
    }

    private static Target of(RuleContext rule, Unit unit, String indicator, int year, TargetKind kind,
                             double threshold) {
        return new Target(RuleMeta.id(rule), RuleMeta.citation(rule), RuleMeta.severity(rule), unit.code(),
                unit.kind(), indicator, year, kind, threshold);
    }
}
