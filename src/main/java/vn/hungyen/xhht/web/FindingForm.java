package vn.hungyen.xhht.web;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import vn.hungyen.xhht.plan.FindingKind;
import vn.hungyen.xhht.plan.Severity;
import vn.hungyen.xhht.plan.UnitKind;
import vn.hungyen.xhht.review.FindingFilter;
import vn.hungyen.xhht.review.ReviewStatus;
import vn.hungyen.xhht.system.ApiException;
import vn.hungyen.xhht.system.RequestPeriods;

/**
 * The filters of the findings list, as the form sends them (an empty field: any; for the status, those that
 * stand).
 *
 * @param code an indicator or deliverable code
 */
record FindingForm(String unit, UnitKind unitKind, String period, FindingKind kind, Severity severity, String code,
                   String ruleId, String status) {

    /**
     * The status choice that lists every finding, resolved ones included: every status, comma separated, as the
     * API also reads a list, so that the export links (which carry the page's filters) ask for the same.
     */
    static final String ALL = Arrays.stream(ReviewStatus.values()).map(Enum::name).collect(Collectors.joining(","));

    FindingFilter filter() {
        return new FindingFilter(unit, listOf(unitKind), RequestPeriods.parse("period", period).orElse(null),
                listOf(kind), listOf(severity), code, ruleId, null, statuses());
    }

    /** None chosen: those that stand; otherwise the ones chosen. */
    private List<ReviewStatus> statuses() {
        if (status == null || status.isBlank()) {
            return List.of();
        }
        try {
            return Arrays.stream(status.split(",")).map(s -> ReviewStatus.valueOf(s.strip())).toList();
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("api.error.parameter", "status", status, ALL);
        }
    }

    private static <T> List<T> listOf(T value) {
        return value == null ? List.of() : List.of(value);
    }
}
