package vn.hungyen.xhht.samples;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.hungyen.xhht.engine.Duty;
import vn.hungyen.xhht.message.Names;
import vn.hungyen.xhht.plan.Period;
import vn.hungyen.xhht.plan.Status;
import vn.hungyen.xhht.plan.Unit;

/**
 * The status a diligent unit reports for a duty the rules give it. A one-off deliverable is done once, by
 * its due day and before the report that first owes it, and every later report repeats that row; a standing
 * one is under way, and some are at one point finished; a yearly one is done in its year.
 */
final class DutyPlanner {

    /**
     * Yearly deliverables held in the autumn rather than at the start of the year: the Lifelong Learning Week
     * runs from 1 to 7 October (Quyết định 281/QĐ-TTg), so H1 reports announce it and H2 reports show it done.
     */
    private static final Set<String> HELD_IN_OCTOBER = Set.of("HU_LEARNING_WEEK");
    private static final double SHARE_OF_STANDING_FINISHED = 0.3;
    private static final List<Period> FINISHING_PERIODS =
            Period.range(Period.of("2014-H1"), Period.of("2019-H2"));

    private final Names names;

    DutyPlanner(Names names) {
        this.names = names;
    }

    DutyLine line(Unit unit, Period period, Duty duty) {
        if (duty.year() != null) {
            return duty.due() != null ? yearlyDated(unit, period, duty) : yearly(unit, period, duty);
        }
        return duty.due() != null ? dated(unit, duty) : standing(unit, period, duty);
    }

    private DutyLine dated(Unit unit, Duty duty) {
        LocalDate due = duty.due();
        LocalDate firstReport = Schedule.submittedOn(unit.code(), Schedule.periodOf(due));
        LocalDate from = Schedule.later(Schedule.PLAN_ISSUED.plusDays(21), due.minusDays(75));
        LocalDate to = Schedule.earlier(due, firstReport.minusDays(3));
        return done(unit, duty, Dice.of("done", unit.code(), duty.deliverable()).workingDay(from, to), "once");
    }

    /** PL10: an inspection each year by 31/12, carried out in the autumn. */
    private DutyLine yearlyDated(Unit unit, Period period, Duty duty) {
        int year = duty.year();
        if (period.half() == 1) {
            Dice dice = Dice.of("planned", unit.code(), duty.deliverable(), year);
            return dice.chance(0.5)
                    ? DutyLine.open(duty.deliverable(), Status.IN_PROGRESS, "Đang chuẩn bị, hoàn thành trong quý IV/" + year)
                    : DutyLine.open(duty.deliverable(), Status.NOT_STARTED, "Dự kiến thực hiện trong quý IV/" + year);
        }
        LocalDate to = Schedule.earlier(LocalDate.of(year, 11, 30), Schedule.submittedOn(unit.code(), period)
                .minusDays(3));
        LocalDate on = Dice.of("done", unit.code(), duty.deliverable(), year).workingDay(LocalDate.of(year, 10, 1), to);
        return done(unit, duty, on, year);
    }

    private DutyLine yearly(Unit unit, Period period, Duty duty) {
        int year = duty.year();
        Dice dice = Dice.of("done", unit.code(), duty.deliverable(), year);
        if (HELD_IN_OCTOBER.contains(duty.deliverable())) {
            return period.half() == 1
                    ? DutyLine.open(duty.deliverable(), Status.NOT_STARTED,
                            "Dự kiến tổ chức từ ngày 01/10 đến ngày 07/10/" + year)
                    : done(unit, duty, dice.workingDay(LocalDate.of(year, 10, 1), LocalDate.of(year, 10, 5)), year);
        }
        // owed from the start of the year; in 2013, from when the plan was issued
        LocalDate from = year == Schedule.PLAN_ISSUED.getYear() ? LocalDate.of(year, 7, 1) : LocalDate.of(year, 1, 5);
        return done(unit, duty, dice.workingDay(from, from.plusMonths(3)), year);
    }

    private DutyLine standing(Unit unit, Period period, Duty duty) {
        Dice dice = Dice.of("standing", unit.code(), duty.deliverable());
        if (dice.chance(SHARE_OF_STANDING_FINISHED)) {
            Period finished = dice.pick(FINISHING_PERIODS);
            if (period.compareTo(finished) >= 0) {
                LocalDate to = Schedule.submittedOn(unit.code(), finished).minusDays(3);
                return done(unit, duty, dice.workingDay(finished.start().plusDays(10), to), "standing");
            }
        }
        return DutyLine.open(duty.deliverable(), Status.IN_PROGRESS,
                Notes.ongoing(period.year(), unit.code(), duty.deliverable(), period));
    }

    private DutyLine done(Unit unit, Duty duty, LocalDate on, Object occasion) {
        String number = Documents.number(unit, names.deliverable(duty.deliverable()), duty.deliverable(), occasion);
        return DutyLine.done(duty.deliverable(), on, number, Notes.done(unit.code(), duty.deliverable(), occasion));
    }
}
