package vn.hungyen.xhht.engine;

import java.time.LocalDate;

/**
 * The last day on which a dated duty may still be reported done: once it has passed, the duty is overdue
 * unless a report says it was done. Inserted by rules/plan/calendar.drl (catalog reading 15).
 */
public record DutyJudged(Duty duty, LocalDate after) {
}
