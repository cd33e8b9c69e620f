package vn.hungyen.xhht.review;

import java.util.List;
import vn.hungyen.xhht.plan.Period;
import vn.hungyen.xhht.plan.UnitKind;

/**
 * Which stored reports to list; null or empty means "any".
 *
 * @param current true: only the reports that count; false: only superseded ones
 * @param late    true: only reports submitted after their deadline; false: only those on time
 */
public record ReportFilter(String unit, List<UnitKind> unitKinds, Period period, Boolean current, Boolean late) {

    public ReportFilter {
        unitKinds = unitKinds == null ? List.of() : List.copyOf(unitKinds);
    }

    public static ReportFilter none() {
        return new ReportFilter(null, null, null, null, null);
    }
}
