package vn.hungyen.xhht.engine;

import vn.hungyen.xhht.plan.Period;

/** A period whose missing reports are judged in this check (contract §4); {@code code} is e.g. "2015-H2". */
public record ScopePeriod(Period period, String code) {

    public ScopePeriod(Period period) {
        this(period, period.code());
    }
}
