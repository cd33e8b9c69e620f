package vn.hungyen.xhht.report;

import java.time.LocalDate;
import vn.hungyen.xhht.plan.Period;

/**
 * The reporting regime's deadlines (plan-catalog §4, VI and PL 11): {@code YYYY-H1} is due on 15 June,
 * {@code YYYY-H2} on 15 December, the 15th itself being on time; the periods owed are 2013-H2 to 2020-H2.
 * The rules (rules/reporting/regime.drl) judge findings with the same dates; this class only lets the
 * screens say "on time", "late" or "not due yet" without running the rules.
 */
public final class Deadlines {

    public static final Period FIRST = new Period(2013, 2);
    public static final Period LAST = new Period(2020, 2);

    private Deadlines() {
    }

    public static LocalDate of(Period period) {
        return period.half() == 1 ? period.day(6, 15) : period.day(12, 15);
    }

    /** Whether, on {@code day}, the period's report is overdue if not sent: the deadline is before that day. */
    public static boolean passed(Period period, LocalDate day) {
        return day.isAfter(of(period));
    }
}
