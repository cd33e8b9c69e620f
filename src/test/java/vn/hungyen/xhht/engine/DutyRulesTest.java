package vn.hungyen.xhht.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hungyen.xhht.engine.RuleHarness.of;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.hungyen.xhht.plan.FindingKind;
import vn.hungyen.xhht.plan.Period;
import vn.hungyen.xhht.plan.Status;

/**
 * One case per duty, unit (and year) of rule-cases/duties.csv: the duty is owed in the right reports, is
 * on time when done on its due day, late the day after, overdue if not done once it is judged (the day after
 * its due day, or for a duty due after the last report of its year, the day after the next report's
 * deadline: catalog reading 15), and wants evidence. A report is sent no earlier than what it reports.
 */
class DutyRulesTest {

    private static final String CASES = "/rule-cases/duties.csv";
    private static final LocalDate LONG_AFTER = LocalDate.of(2021, 1, 31);

    @ParameterizedTest(name = "{0} {1} {4}: done on its due day is silent")
    @CsvFileSource(resources = CASES, numLinesToSkip = 1)
    void doneOnTheDueDayIsSilent(String rule, String unit, String deliverable, String due, Integer year) {
        Case c = new Case(rule, unit, deliverable, due, year);
        RuleHarness harness = new RuleHarness();
        harness.report(unit, c.period().code()).submittedOn(c.sentAfter(c.dueOrAnyDay()))
                .done(deliverable, c.dueOrAnyDay());
        assertThat(harness.check(LONG_AFTER)).filteredOn(f -> rule.equals(f.ruleId())).isEmpty();
    }

    @ParameterizedTest(name = "{0}: done the day after is late")
    @MethodSource("onceCases")
    void doneTheDayAfterIsLate(Case c) {
        String rule = c.rule();
        String unit = c.unit();
        String deliverable = c.deliverable();
        RuleHarness harness = new RuleHarness();
        harness.report(unit, c.period().code()).submittedOn(c.sentAfter(c.due().plusDays(1)))
                .done(deliverable, c.due().plusDays(1));
        assertThat(of(harness.check(LONG_AFTER), FindingKind.LATE_DELIVERABLE, rule)).singleElement()
                .satisfies(f -> {
                    assertThat(f.deliverable()).isEqualTo(deliverable);
                    assertThat(f.due()).isEqualTo(c.due());
                    assertThat(f.source().cell()).startsWith("C");
                });
    }

    @ParameterizedTest(name = "{0}: done the day after answers the next year")
    @MethodSource("yearlyCases")
    void aYearlyDutyDoneTheDayAfterIsOverdueForItsYear(Case c) {
        RuleHarness harness = new RuleHarness();
        harness.report(c.unit(), c.period().code()).inProgress(c.deliverable());
        harness.report(c.unit(), c.period().next().code()).done(c.deliverable(), c.due().plusDays(1));
        List<Finding> findings = harness.check(LONG_AFTER);
        assertThat(of(findings, FindingKind.LATE_DELIVERABLE, c.rule())).isEmpty();
        assertThat(of(findings, FindingKind.OVERDUE_DELIVERABLE, c.rule())).singleElement()
                .satisfies(f -> assertThat(f.year()).isEqualTo(c.year()));
    }

    @ParameterizedTest(name = "{0}: not done is overdue the day after it is judged, not on the day")
    @MethodSource("datedCases")
    void notDoneIsOverdueTheDayAfterItIsJudged(Case c) {
        String rule = c.rule();
        String unit = c.unit();
        String deliverable = c.deliverable();
        RuleHarness onTheDay = new RuleHarness();
        onTheDay.report(unit, c.period().code()).inProgress(deliverable);
        assertThat(of(onTheDay.check(c.judged()), FindingKind.OVERDUE_DELIVERABLE, rule)).isEmpty();

        RuleHarness dayAfter = new RuleHarness();
        dayAfter.report(unit, c.period().code()).inProgress(deliverable);
        assertThat(of(dayAfter.check(c.judged().plusDays(1)), FindingKind.OVERDUE_DELIVERABLE, rule))
                .singleElement().satisfies(f -> assertThat(f.source().cell()).startsWith("B"));
    }

    @ParameterizedTest(name = "{0} {1} {4}: owed from the period of its due day")
    @CsvFileSource(resources = CASES, numLinesToSkip = 1)
    void aRowIsOwedFromThePeriodOfItsDueDay(String rule, String unit, String deliverable, String due,
                                            Integer year) {
        Case c = new Case(rule, unit, deliverable, due, year);
        RuleHarness owing = new RuleHarness();
        owing.report(unit, c.period().code());
        assertThat(of(owing.check(LONG_AFTER), FindingKind.MISSING_DELIVERABLE, rule)).singleElement()
                .satisfies(f -> assertThat(f.deliverable()).isEqualTo(deliverable));

        if (c.due() != null && c.year() == null) {
            RuleHarness before = new RuleHarness();
            before.report(unit, previous(c.period()).code());
            assertThat(before.check(LONG_AFTER)).filteredOn(f -> rule.equals(f.ruleId())).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0} {1} {4}: done without a document number")
    @CsvFileSource(resources = CASES, numLinesToSkip = 1)
    void doneWithoutEvidence(String rule, String unit, String deliverable, String due, Integer year) {
        Case c = new Case(rule, unit, deliverable, due, year);
        RuleHarness harness = new RuleHarness();
        harness.report(unit, c.period().code()).row(deliverable, Status.DONE, c.dueOrAnyDay(), null);
        assertThat(of(harness.check(LONG_AFTER), FindingKind.NO_EVIDENCE, rule)).singleElement()
                .satisfies(f -> assertThat(f.source().cell()).startsWith("D"));
    }

    @Test
    void overdueAndNeverReportedPointsAtTheLastReportThatOwedIt() {
        RuleHarness harness = new RuleHarness();
        harness.report("H_VANLAM", "2013-H2");
        harness.report("H_VANLAM", "2014-H1");
        assertThat(of(harness.check(LONG_AFTER), FindingKind.OVERDUE_DELIVERABLE, "PL02")).singleElement()
                .satisfies(f -> {
                    assertThat(f.period()).isEqualTo(Period.of("2014-H1"));
                    assertThat(f.source().toString()).isEqualTo("H_VANLAM-2014-H1.xlsx!Nhiệm vụ");
                });
    }

    @Test
    void aLaterReportSayingDoneClearsAnEarlierInProgress() {
        RuleHarness harness = new RuleHarness();
        harness.report("H_VANLAM", "2013-H2").inProgress("PL02");
        harness.report("H_VANLAM", "2014-H1").done("PL02", LocalDate.of(2013, 9, 30));
        assertThat(harness.check(LONG_AFTER)).filteredOn(f -> "PL02".equals(f.ruleId())).isEmpty();
    }

    @Test
    void aYearlyRowCountsOnlyForItsYear() {
        RuleHarness harness = new RuleHarness();
        harness.report("H_ANTHI", "2014-H2").done("PL10", LocalDate.of(2014, 11, 20));
        harness.report("H_ANTHI", "2015-H2").inProgress("PL10");
        List<Finding> overdue = of(harness.check(LONG_AFTER), FindingKind.OVERDUE_DELIVERABLE, "PL10");
        assertThat(overdue).singleElement().satisfies(f -> assertThat(f.year()).isEqualTo(2015));
    }

    @Test
    void unitsThatDoNotOweADutyAreNotAskedForIt() {
        RuleHarness harness = new RuleHarness();
        harness.report("BCD_TINH", "2015-H2");
        harness.report("SO_GDDT", "2015-H2");
        List<Finding> findings = harness.check(LONG_AFTER);
        assertThat(findings).filteredOn(f -> "BCD_TINH".equals(f.unit()))
                .extracting(Finding::deliverable).doesNotContain("PL13", "PL10", "ALL_ANNUAL_PROGRAM");
        assertThat(findings).filteredOn(f -> "SO_GDDT".equals(f.unit()))
                .extracting(Finding::deliverable).doesNotContain("SN_LEARNING_OPPORTUNITY", "PRESS_COLUMN", "PL02");
    }

    static Stream<Case> onceCases() throws IOException {
        return datedCases().filter(c -> c.year() == null);
    }

    static Stream<Case> yearlyCases() throws IOException {
        return datedCases().filter(c -> c.year() != null && c.year() < 2020);
    }

    /** The cases with a due day: an undated duty is never late nor overdue. */
    static Stream<Case> datedCases() throws IOException {
        try (InputStream in = DutyRulesTest.class.getResourceAsStream(CASES)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#") && !l.startsWith("rule,") && !l.isBlank())
                    .map(l -> l.split(",", -1))
                    .map(f -> new Case(f[0], f[1], f[2], f[3].isEmpty() ? null : f[3],
                            f[4].isEmpty() ? null : Integer.valueOf(f[4])))
                    .filter(c -> c.due() != null)
                    .toList().stream();
        }
    }

    private static Period previous(Period p) {
        return p.half() == 2 ? new Period(p.year(), 1) : new Period(p.year() - 1, 2);
    }

    /** A row of the table, read: a yearly due day ("12-31") falls in the case's year. */
    record Case(String rule, String unit, String deliverable, LocalDate due, Integer year) {

        Case(String rule, String unit, String deliverable, String due, Integer year) {
            this(rule, unit, deliverable, parse(due, year), year);
        }

        private static LocalDate parse(String due, Integer year) {
            if (due == null) {
                return null;
            }
            return year == null ? LocalDate.parse(due) : MonthDay.parse("--" + due).atYear(year);
        }

        /** The period whose report first owes the row: the one of its due day, else of its year, else any. */
        Period period() {
            if (due != null) {
                return new Period(due.getYear(), due.getMonthValue() <= 6 ? 1 : 2);
            }
            return new Period(year == null ? 2015 : year, 2);
        }

        LocalDate dueOrAnyDay() {
            return due != null ? due : period().day(11, 1);
        }

        /** The day the period's report is sent when it says something was done on {@code day}. */
        LocalDate sentAfter(LocalDate day) {
            LocalDate deadline = period().half() == 1 ? period().day(6, 15) : period().day(12, 15);
            return day.isAfter(deadline) ? day : deadline;
        }

        /**
         * The last day it may be reported done: its due day, or for one due after its year's last report
         * (15/12), the next report's deadline, 15/06 (none after 2020).
         */
        LocalDate judged() {
            boolean afterLastReport = due.isAfter(LocalDate.of(due.getYear(), 12, 15));
            return afterLastReport && due.getYear() < 2020 ? LocalDate.of(due.getYear() + 1, 6, 15) : due;
        }

        @Override
        public String toString() {
            return rule + " " + unit + (year == null ? "" : " " + year);
        }
    }
}
