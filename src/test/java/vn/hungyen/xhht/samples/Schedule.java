package vn.hungyen.xhht.samples;

import java.time.LocalDate;
import vn.hungyen.xhht.plan.Period;

/** When things happen: reports go in during the fortnight before their deadline, as most units send them. */
final class Schedule {

    static final Period FIRST = Period.of("2013-H2");
    static final Period LAST = Period.of("2020-H2");
    static final LocalDate PLAN_ISSUED = LocalDate.of(2013, 6, 10);

    private Schedule() {
    }

    /** 15/6 and 15/12 (section VI): the deadline of a period's report. */
    static LocalDate deadline(Period period) {
        return period.half() == 1 ? period.day(6, 15) : period.day(12, 15);
    }

    static LocalDate submittedOn(String unit, Period period) {
        LocalDate deadline = deadline(period);
        return Dice.of("submitted", unit, period).workingDay(deadline.minusDays(13), deadline.minusDays(2));
    }

    static Period periodOf(LocalDate day) {
        return new Period(day.getYear(), day.getMonthValue() <= 6 ? 1 : 2);
    }

    static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
