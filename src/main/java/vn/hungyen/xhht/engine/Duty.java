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
 * checks (rules/checks/deliverables.drl).
 *
 * @param due  the last day it may be completed; null when the plan gives none (catalog reading 5)
 * @param year for a yearly deliverable, the year this duty is for (its row is the one in that year's
 *             reports); null for a one-off or standing duty
 */
public record Duty(String ruleId, String citation, String unit, UnitKind unitKind, String deliverable,
                   LocalDate due, Integer year) {

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");

    /** Due on a day, written {@code "2013-09-30"}. */
    public static Duty due(RuleContext rule, Unit unit, String deliverable, String isoDate) {
        return of(rule, unit, deliverable, LocalDate.parse(isoDate), null);
    }

    /** No date in the plan: owed, with a status, in every report of its owner. */
    public static Duty standing(RuleContext rule, Unit unit, String deliverable) {
        return of(rule, unit, deliverable, null, null);
    }

    /** Owed once a year, by a day of that year written {@code "31/12"}. */
    public static Duty yearly(RuleContext rule, Unit unit, String deliverable, int year, String dayMonth) {
        MonthDay day = MonthDay.parse(dayMonth, DAY_MONTH);
        return of(rule, unit, deliverable, day.atYear(year), year);
    }

    /** Owed once a year with no day in the plan: in every report of that year. */
    public static Duty yearly(RuleContext rule, Unit unit, String deliverable, int year) {
        return of(rule, unit, deliverable, null, year);
    }

    private static Duty of(RuleContext rule, Unit unit, String deliverable, LocalDate due, Integer year) {
        return new Duty(RuleMeta.id(rule), RuleMeta.citation(rule), unit.code(), unit.kind(), deliverable, due,
                year);
    }

    /** The contract §2: a report owes the deliverables due in or before its period, and every undated one. */
    public boolean owedIn(Report report) {
        return owedIn(report.unit(), report.period());
    }

    public boolean owedIn(String reportUnit, Period period) {
        return unit.equals(reportUnit)
                && (year == null || period.year() == year)
                && (due == null || !due.isAfter(period.end()));
    }

    /** Whether a row reports on this duty: same unit and deliverable and, for a yearly duty, same year. */
    public boolean answeredBy(DeliverableStatus row) {
        return unit.equals(row.unit()) && deliverable.equals(row.deliverable())
                && (year == null || Objects.equals(year, row.year()));
    }

    /** Whether a row answering this duty is the one that counts (the one submitted last). */
    public boolean counts(DeliverableStatus row) {
        return year == null ? row.latest() : row.latestInYear();
    }
}
