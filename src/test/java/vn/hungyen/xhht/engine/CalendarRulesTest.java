package vn.hungyen.xhht.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hungyen.xhht.engine.RuleHarness.of;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hungyen.xhht.plan.FindingKind;
import vn.hungyen.xhht.plan.Status;

/**
 * The rules of the calendar (rules/plan/calendar.drl) and of impossible dates and standing duties not started
 * (catalog readings 12, 15, 16 and 18): each fires, and stays silent just past its boundary.
 */
class CalendarRulesTest {

    private static final LocalDate LONG_AFTER = LocalDate.of(2021, 1, 31);

    @Test
    void anInterimFirstHalfValueIsNeverJudgedAndTheYearEndValueIs() {
        RuleHarness interim = new RuleHarness();
        interim.report("H_VANLAM", "2015-H1").value("RURAL_CLC", 2015, 41);
        assertThat(of(interim.check(LONG_AFTER), FindingKind.UNMET_TARGET, "RURAL_CLC.2015")).isEmpty();

        RuleHarness yearEnd = new RuleHarness();
        yearEnd.report("H_VANLAM", "2015-H2").value("RURAL_CLC", 2015, 41);
        assertThat(of(yearEnd.check(LONG_AFTER), FindingKind.UNMET_TARGET, "RURAL_CLC.2015")).hasSize(1);
    }

    @Test
    void theLatestPeriodsYearEndValueCountsAndAFirstHalfSentAgainDoesNotReplaceIt() {
        RuleHarness corrected = new RuleHarness();
        corrected.report("H_VANLAM", "2015-H2").value("RURAL_CLC", 2015, 58);
        corrected.report("H_VANLAM", "2016-H1").value("RURAL_CLC", 2015, 60);
        assertThat(of(corrected.check(LONG_AFTER), FindingKind.UNMET_TARGET, "RURAL_CLC.2015")).isEmpty();

        RuleHarness resent = new RuleHarness();
        resent.report("H_VANLAM", "2015-H2").value("RURAL_CLC", 2015, 61);
        resent.report("H_VANLAM", "2015-H1").submittedOn(LocalDate.of(2016, 1, 20)).value("RURAL_CLC", 2015, 41);
        assertThat(of(resent.check(LONG_AFTER), FindingKind.UNMET_TARGET, "RURAL_CLC.2015")).isEmpty();
    }

    @Test
    void aDutyDueAfterTheYearsLastReportIsJudgedOnceTheNextReportIsDue() {
        // PL 14, due 31/12/2015: the 2016-H1 report (due 15/06/2016) answers it
        assertThat(overdue("BCD_TINH", "PL14", LocalDate.of(2016, 6, 15))).isEmpty();
        assertThat(overdue("BCD_TINH", "PL14", LocalDate.of(2016, 6, 16))).hasSize(1);
    }

    @Test
    void aDutyDueByTheYearsLastReportIsJudgedTheDayAfterItsDueDay() {
        // PL 13, due 30/09/2015: the 2015-H2 report (due 15/12/2015) can say it was done
        assertThat(overdue("SO_GDDT", "PL13", LocalDate.of(2015, 9, 30))).isEmpty();
        assertThat(overdue("SO_GDDT", "PL13", LocalDate.of(2015, 10, 1))).hasSize(1);
    }

    @Test
    void aDutyDueAfterThePlansLastReportIsJudgedTheDayAfterItsDueDay() {
        RuleHarness onTheDay = new RuleHarness();
        onTheDay.report("BCD_TINH", "2020-H2").inProgress("PL18");
        assertThat(of(onTheDay.check(LocalDate.of(2020, 12, 31)), FindingKind.OVERDUE_DELIVERABLE, "PL18")).isEmpty();
        RuleHarness dayAfter = new RuleHarness();
        dayAfter.report("BCD_TINH", "2020-H2").inProgress("PL18");
        assertThat(of(dayAfter.check(LocalDate.of(2021, 1, 1)), FindingKind.OVERDUE_DELIVERABLE, "PL18")).hasSize(1);
    }

    @Test
    void aStandingDutyNotStartedInASecondHalfIsOverdueFromTheNextYear() {
        assertThat(notStarted("2014-H2", Status.NOT_STARTED, LocalDate.of(2014, 12, 31))).isEmpty();
        assertThat(notStarted("2014-H2", Status.NOT_STARTED, LocalDate.of(2015, 1, 1))).singleElement()
                .satisfies(f -> {
                    assertThat(f.ruleId()).isEqualTo("GD_GUIDANCE");
                    assertThat(f.year()).isEqualTo(2014);
                    assertThat(f.due()).isEqualTo(LocalDate.of(2014, 12, 31));
                    assertThat(f.severity().name()).isEqualTo("MEDIUM");
                });
        assertThat(notStarted("2014-H2", Status.IN_PROGRESS, LONG_AFTER)).isEmpty();
        assertThat(notStarted("2014-H1", Status.NOT_STARTED, LONG_AFTER)).isEmpty();
        assertThat(notStarted("2013-H2", Status.NOT_STARTED, LONG_AFTER)).isEmpty();
    }

    @Test
    void anUndatedOneOffDutyNotStartedIsNoBreach() {
        RuleHarness harness = new RuleHarness();
        harness.report("SO_GDDT", "2015-H2").row("PL04", Status.NOT_STARTED, null, null);
        assertThat(of(harness.check(LONG_AFTER), FindingKind.OVERDUE_DELIVERABLE, "PL04")).isEmpty();
    }

    @Test
    void aReportDatedBeforeItsPeriodBeganIsADataError() {
        assertThat(dataErrors("DATA_ERROR.DATED_BEFORE_PERIOD", LocalDate.of(2015, 6, 30), LONG_AFTER)).hasSize(1);
        assertThat(dataErrors("DATA_ERROR.DATED_BEFORE_PERIOD", LocalDate.of(2015, 7, 1), LONG_AFTER)).isEmpty();
    }

    @Test
    void aReportDatedAfterTheCheckIsADataErrorAndNotLate() {
        LocalDate asOf = LocalDate.of(2016, 1, 10);
        assertThat(dataErrors("DATA_ERROR.DATED_AFTER_CHECK", asOf, asOf)).isEmpty();
        RuleHarness harness = new RuleHarness();
        harness.report("H_VANLAM", "2015-H2").submittedOn(asOf.plusDays(1));
        List<Finding> findings = harness.check(asOf);
        assertThat(of(findings, FindingKind.DATA_ERROR, "DATA_ERROR.DATED_AFTER_CHECK")).hasSize(1);
        assertThat(of(findings, FindingKind.LATE_REPORT, "REPORT.LATE.H2")).isEmpty();
    }

    @Test
    void aCompletionAfterTheReportWasSentIsADataErrorAndNotALateness() {
        LocalDate sent = LocalDate.of(2015, 12, 10);
        RuleHarness after = new RuleHarness();
        after.report("SO_GDDT", "2015-H2").submittedOn(sent).done("PL13", sent.plusDays(1));
        List<Finding> findings = after.check(LONG_AFTER);
        assertThat(of(findings, FindingKind.DATA_ERROR, "DATA_ERROR.COMPLETED_AFTER_SENT")).singleElement()
                .satisfies(f -> assertThat(f.source().cell()).startsWith("C"));
        assertThat(of(findings, FindingKind.LATE_DELIVERABLE, "PL13")).isEmpty();

        RuleHarness sameDay = new RuleHarness();
        sameDay.report("SO_GDDT", "2015-H2").submittedOn(sent).done("PL13", sent);
        assertThat(of(sameDay.check(LONG_AFTER), FindingKind.DATA_ERROR, "DATA_ERROR.COMPLETED_AFTER_SENT")).isEmpty();
    }

    /** PL 13 (due 30/09/2015) reported in progress on 25/09; PL 14 (due 31/12/2015) in the 2015-H2 and 2016-H1 reports. */
    private static List<Finding> overdue(String unit, String deliverable, LocalDate asOf) {
        RuleHarness harness = new RuleHarness();
        if (deliverable.equals("PL13")) {
            harness.report(unit, "2015-H2").submittedOn(LocalDate.of(2015, 9, 25)).inProgress(deliverable);
        } else {
            harness.report(unit, "2015-H2").inProgress(deliverable);
            harness.report(unit, "2016-H1").submittedOn(LocalDate.of(2016, 6, 10)).inProgress(deliverable);
        }
        return of(harness.check(asOf), FindingKind.OVERDUE_DELIVERABLE, deliverable);
    }

    private static List<Finding> notStarted(String period, Status status, LocalDate asOf) {
        RuleHarness harness = new RuleHarness();
        harness.report("SO_GDDT", period).row("GD_GUIDANCE", status, null, null);
        return of(harness.check(asOf), FindingKind.OVERDUE_DELIVERABLE, "GD_GUIDANCE");
    }

    private static List<Finding> dataErrors(String rule, LocalDate dated, LocalDate asOf) {
        RuleHarness harness = new RuleHarness();
        harness.report("H_VANLAM", "2015-H2").submittedOn(dated);
        return of(harness.check(asOf), FindingKind.DATA_ERROR, rule);
    }
}
