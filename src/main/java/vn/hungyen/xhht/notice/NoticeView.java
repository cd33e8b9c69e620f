package vn.hungyen.xhht.notice;

import java.time.LocalDate;
import java.util.List;
import vn.hungyen.xhht.plan.Status;
import vn.hungyen.xhht.plan.UnitKind;

/**
 * What units have to do soon and what they left undone, as of a day: for each unit with something to chase,
 * what falls due from {@code asOf} to {@code until} (both included) and what fell due from {@code since} to the
 * day before {@code asOf} (both included) and was not done by {@code asOf}.
 *
 * @param dueSoon how many items are due soon, all units together
 * @param overdue how many items became overdue, all units together
 */
public record NoticeView(LocalDate asOf, LocalDate since, LocalDate until, int dueSoon, int overdue,
                         List<UnitNotices> units) {

    /** What to do: a half-year report, or a deliverable of the plan. */
    public enum Type {
        REPORT, DELIVERABLE
    }

    /** One unit's items, each list by due date. */
    public record UnitNotices(String unit, String unitName, UnitKind unitKind, List<Item> dueSoon,
                              List<Item> overdue) {
    }

    /**
     * One thing owed and not done as of the day.
     *
     * @param code        the period of a report ({@code 2015-H2}), or the deliverable's code
     * @param label       what it is, in the reader's language
     * @param year        for a yearly deliverable, the year it is owed for
     * @param days        days left until the due date (0: due on the day), or days since it was due
     * @param ruleId      the duty rule that owes a deliverable (reports: the reporting regime, section VI)
     * @param status      the status the counting report gave a deliverable; null when no report said
     * @param statusLabel that status in words
     * @param reportId    the report that gave that status
     */
    public record Item(Type type, String code, String label, Integer year, LocalDate due, long days, String ruleId,
                       String citation, Status status, String statusLabel, Long reportId) {
    }
}
