package vn.hungyen.xhht.web;

import java.util.List;
import vn.hungyen.xhht.plan.FindingKind;
import vn.hungyen.xhht.plan.Severity;
import vn.hungyen.xhht.plan.UnitKind;
import vn.hungyen.xhht.review.FindingFilter;
import vn.hungyen.xhht.system.RequestPeriods;

/**
 * The filters of the findings list, as the form sends them (an empty field: any).
 *
 * @param code an indicator or deliverable code
 */
record FindingForm(String unit, UnitKind unitKind, String period, FindingKind kind, Severity severity, String code,
                   String ruleId) {

    FindingFilter filter() {
        return new FindingFilter(unit, listOf(unitKind), RequestPeriods.parse("period", period).orElse(null),
                listOf(kind), listOf(severity), code, ruleId, null);
    }

    private static <T> List<T> listOf(T value) {
        return value == null ? List.of() : List.of(value);
    }
}
