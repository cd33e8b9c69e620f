package vn.hungyen.xhht.engine;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.kie.api.runtime.rule.RuleContext;
import vn.hungyen.xhht.plan.Period;
import vn.hungyen.xhht.plan.Unit;
import vn.hungyen.xhht.plan.UnitKind;

/**
 * A deliverable one unit owes: inserted by a duty rule (rules/deliverables), judged by the deliverable
 * checks (rules/checks/deliverables.drl) on the calendar of rules/plan/calendar.drl.
 *
 * @param due  the last day it may be completed; null when the plan gives none (standing and undated duties)
 * @param year for a yearly duty, the year this duty is for; null otherwise
 */
public record Duty(String ruleId, String citation, String unit, UnitKind unitKind, String deliverable,
                   DutyKind kind, LocalDate due, Integer year) {

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");

    /** Due once, on a day written {@code "2013-09-30"}. */
    public static Duty due(RuleContext rule, Unit unit, String deliverable, String isoDate) {
        return of(rule, unit, deliverable, DutyKind.ONCE, LocalDate.parse(isoDate), null);
    }

    /** A standing responsibility (section IV): owed, with a status, in every report of its owner. */
    public static Duty standing(RuleContext rule, Unit unit, String deliverable) {
        return of(rule, unit, deliverable, DutyKind.STANDING, null, null);
    }

    /** A one-off duty whose date the plan leaves to others (reading 5): owed with a status until one is set. */
    public static Duty undated(RuleContext rule, Unit unit, String deliverable) {
        return of(rule, unit, deliverable, DutyKind.UNDATED, null, null);
    }

    /** Owed once a year, by a day of that year written {@code "31/12"}. */
    public static Duty yearly(RuleContext rule, Unit unit, String deliverable, int year, String dayMonth) {
        MonthDay day = MonthDay.parse(dayMonth, DAY_MONTH);
        return of(rule, unit, deliverable, DutyKind.YEARLY, day.atYear(year), year);
    }

    private static Duty of(RuleContext rule, Unit unit, String deliverable, DutyKind kind, LocalDate due,
                           Integer year) {
        return new Duty(RuleMeta.id(rule), RuleMeta.citation(rule), unit.code(), unit.kind(), deliverable, kind, due,
                year);
    }

    /**
     * The contract §2: a report owes the deliverables due in or before its period, and every undated one; a
     * yearly duty is owed in the report of the period it falls due in (so a first-half report owes no row
     * for its year's 31/12 instance, reading 15).
     */
    public boolean owedIn(Report report) {
        return owedIn(report.unit(), report.period());
    }

    public boolean owedIn(String reportUnit, Period period) {
        return unit.equals(reportUnit)
                && (year == null || period.year() == year)
                && (due == null || !due.isAfter(period.end()));
    }

    /**
     * Whether a row reports on this duty: same unit and deliverable and, for a yearly duty, the year the row
     * answers ({@link DeliverableStatus#year()}).
     */
    public boolean answeredBy(DeliverableStatus row) {
        return unit.equals(row.unit()) && deliverable.equals(row.deliverable())
                && (year == null || Objects.equals(year, row.year()));
    }

    /** Whether a row answering this duty is the one that counts: the one of the latest report. */
    public boolean counts(DeliverableStatus row) {
        return year == null ? row.latest() : row.latestInYear();
    }
}
