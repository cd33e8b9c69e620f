package vn.hungyen.xhht.review;

import java.util.List;
import vn.hungyen.xhht.plan.FindingKind;
import vn.hungyen.xhht.plan.Period;
import vn.hungyen.xhht.plan.Severity;
import vn.hungyen.xhht.plan.UnitKind;

/**
 * Which findings to list; null or empty means "any". Several kinds, severities or unit kinds match any of them.
 *
 * @param code     an indicator or deliverable code
 * @param reportId the stored report the findings concern
 */
public record FindingFilter(String unit, List<UnitKind> unitKinds, Period period, List<FindingKind> kinds,
                            List<Severity> severities, String code, String ruleId, Long reportId) {

    public FindingFilter {
        unitKinds = unitKinds == null ? List.of() : List.copyOf(unitKinds);
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
        severities = severities == null ? List.of() : List.copyOf(severities);
    }

    public static FindingFilter none() {
        return new FindingFilter(null, null, null, null, null, null, null, null);
    }

    public static FindingFilter ofReport(long reportId) {
        return new FindingFilter(null, null, null, null, null, null, null, reportId);
    }
}
