package vn.hungyen.xhht.engine;

/** The kinds of duty a rule of rules/deliverables inserts, one factory of {@link Duty} each. */
public enum DutyKind {
    /** once, by a day: {@code Duty.due(kcontext, $u, "PL01", "2013-09-30")} */
    ONCE,
    /** once a year, by a day of each year: {@code Duty.yearly(kcontext, $u, "PL10", $year, "31/12")} */
    YEARLY,
    /** a standing responsibility of section IV, with no date: {@code Duty.standing(kcontext, $u, "GD_GUIDANCE")} */
    STANDING,
    /** a one-off duty whose date the plan leaves to a ministry (reading 5): {@code Duty.undated(kcontext, $u, "PL04")} */
    UNDATED
}
