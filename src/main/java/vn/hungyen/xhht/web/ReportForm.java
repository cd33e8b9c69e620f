package vn.hungyen.xhht.web;

import java.util.List;
import vn.hungyen.xhht.plan.UnitKind;
import vn.hungyen.xhht.review.ReportFilter;
import vn.hungyen.xhht.system.RequestPeriods;

/** The filters of the reports list, as the form sends them (an empty field: any). */
record ReportForm(String unit, UnitKind unitKind, String period) {

    ReportFilter filter() {
        return new ReportFilter(unit, unitKind == null ? List.of() : List.of(unitKind),
                RequestPeriods.parse("period", period).orElse(null), null, null);
    }
}
