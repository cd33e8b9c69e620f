package vn.hungyen.xhht.review;

import java.time.LocalDate;
import vn.hungyen.xhht.intake.Problem;
import vn.hungyen.xhht.plan.FindingKind;
import vn.hungyen.xhht.plan.Severity;
import vn.hungyen.xhht.plan.UnitKind;

/**
 * A finding as the contract §3 describes it, with its message and labels rendered in the reader's language.
 *
 * @param subject  how the finding names the code concerned, e.g. "LIT_15_60 năm 2015"
 * @param date     the date reported: completed on (LATE_DELIVERABLE), submitted on (LATE_REPORT)
 * @param source   file, sheet and cell, e.g. {@code vanlam-2015-H2.xlsx!Chỉ tiêu!D7}
 * @param reportId the stored report the finding concerns, when it concerns one
 * @param review   where its review stands, and when it was found
 */
public record FindingView(long id, String ruleId, FindingKind kind, String kindLabel, Severity severity,
                          String severityLabel, String unit, String unitName, UnitKind unitKind, String period,
                          String periodLabel, String indicator, String deliverable, String subject, Integer year,
                          Double actual, Double target, LocalDate due, LocalDate date, Problem problem,
                          String message, String citation, String source, Long reportId, Review review,
                          String statusLabel) {
}
