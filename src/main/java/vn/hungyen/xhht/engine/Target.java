package vn.hungyen.xhht.engine;

import org.kie.api.runtime.rule.RuleContext;
import vn.hungyen.xhht.plan.Severity;
import vn.hungyen.xhht.plan.Unit;
import vn.hungyen.xhht.plan.UnitKind;

/**
 * A target of section II as it applies to one unit and one year: inserted by a target rule
 * (rules/targets), judged by the indicator checks (rules/checks/indicators.drl). Findings about it carry
 * the id, clause and severity of the target rule.
 */
public record Target(String ruleId, String citation, Severity severity, String unit, UnitKind unitKind,
                     String indicator, int year, TargetKind kind, double threshold) {

    public static Target atLeast(RuleContext rule, Unit unit, String indicator, int year, double minimum) {
        return of(rule, unit, indicator, year, TargetKind.AT_LEAST, minimum);
    }

    public static Target atMost(RuleContext rule, Unit unit, String indicator, int year, double maximum) {
        return of(rule, unit, indicator, year, TargetKind.AT_MOST, maximum);
    }

    public static Target rises(RuleContext rule, Unit unit, String indicator, int year) {
        return of(rule, unit, indicator, year, TargetKind.RISES, Double.NaN);
    }

    private static Target of(RuleContext rule, Unit unit, String indicator, int year, TargetKind kind,
                             double threshold) {
        return new Target(RuleMeta.id(rule), RuleMeta.citation(rule), RuleMeta.severity(rule), unit.code(),
                unit.kind(), indicator, year, kind, threshold);
    }
}
