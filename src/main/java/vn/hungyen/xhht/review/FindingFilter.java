package vn.hungyen.xhht.review;

import java.util.List;
import vn.hungyen.xhht.plan.FindingKind;
import vn.hungyen.xhht.plan.Period;
import vn.hungyen.xhht.plan.Severity;
import vn.hungyen.xhht.plan.UnitKind;

/**
 * Which findings to list; null or empty means "any", but for the review statuses: none given means the findings
 * that stand ({@link ReviewStatus#STANDING}), resolved ones being listed only when asked for. Several kinds,
 * severities, unit kinds or statuses match any of them.
 *
 * @param code     an indicator or deliverable code
 * @param reportId the stored report the findings concern
 */
public record FindingFilter(String unit, List<UnitKind> unitKinds, Period period, List<FindingKind> kinds,
                            List<Severity> severities, String code, String ruleId, Long reportId,
                            List<ReviewStatus> statuses) {

    public FindingFilter {
        unitKinds = unitKinds == null ? List.of() : List.copyOf(unitKinds);
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
        severities = severities == null ? List.of() : List.copyOf(severities);
        statuses = statuses == null || statuses.isEmpty() ? ReviewStatus.STANDING : List.copyOf(statuses);
    }

    public static FindingFilter none() {
        return new FindingFilter(null, null, null, null, null, null, null, null, null);
    }

    public static FindingFilter ofReport(long reportId) {
        return new FindingFilter(null, null, null, null, null, null, null, reportId, null);
    }
}
