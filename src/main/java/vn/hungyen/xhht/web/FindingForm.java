package vn.hungyen.xhht.web;

import java.util.List;
import vn.hungyen.xhht.plan.FindingKind;
import vn.hungyen.xhht.plan.Severity;
import vn.hungyen.xhht.plan.UnitKind;
import vn.hungyen.xhht.review.FindingFilter;
import vn.hungyen.xhht.review.ReviewStatus;
import vn.hungyen.xhht.system.RequestPeriods;

/**
 * The filters of the findings list, as the form sends them (an empty field: any; for the status, those that
 * stand).
 *
 * @param code an indicator or deliverable code
 */
record FindingForm(String unit, UnitKind unitKind, String period, FindingKind kind, Severity severity, String code,
                   String ruleId, String status) {

    /** The status choice that lists every finding, resolved ones included. */
    static final String ALL = "ALL";

    FindingFilter filter() {
        return new FindingFilter(unit, listOf(unitKind), RequestPeriods.parse("period", period).orElse(null),
                listOf(kind), listOf(severity), code, ruleId, null, statuses());
    }

    /** None chosen: those that stand; ALL: every one; otherwise the one chosen. */
    private List<ReviewStatus> statuses() {
        if (status == null || status.isBlank()) {
            return List.of();
        }
        return status.equals(ALL) ? List.of(ReviewStatus.values()) : List.of(ReviewStatus.valueOf(status.strip()));
    }

    private static <T> List<T> listOf(T value) {
        return value == null ? List.of() : List.of(value);
    }
}
