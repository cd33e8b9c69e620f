package vn.hungyen.xhht.engine;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import vn.hungyen.xhht.plan.Period;

/** A half-year report the plan owes and the last day it may be sent: inserted by rules/plan/calendar.drl. */
public record ReportDue(Period period, LocalDate deadline) {

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");

    /** The report of {@code year}'s half {@code half}, due on a day of that year written {@code "15/06"}. */
    public static ReportDue of(int year, int half, String dayMonth) {
        return new ReportDue(new Period(year, half), MonthDay.parse(dayMonth, DAY_MONTH).atYear(year));
    }
}
