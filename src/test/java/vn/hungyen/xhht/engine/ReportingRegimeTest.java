package vn.hungyen.xhht.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hungyen.xhht.engine.RuleHarness.of;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.hungyen.xhht.plan.FindingKind;
import vn.hungyen.xhht.plan.Period;
import vn.hungyen.xhht.plan.Severity;

/** Section VI: half-year reports due on 15 June and 15 December, from 2013-H2 to 2020-H2. */
class ReportingRegimeTest {

    @ParameterizedTest(name = "{0} sent on {1}: on time")
    @CsvSource({"REPORT.LATE.H1, 2016-H1, 2016-06-15", "REPORT.LATE.H2, 2015-H2, 2015-12-15"})
    void sentOnTheFifteenthIsOnTime(String rule, String period, LocalDate deadline) {
        RuleHarness harness = new RuleHarness();
        harness.report("SO_TC", period).submittedOn(deadline);
        assertThat(of(harness.check(deadline.plusYears(1)), FindingKind.LATE_REPORT, rule)).isEmpty();
    }

    @ParameterizedTest(name = "{0} sent the day after {2}: late")
    @CsvSource({"REPORT.LATE.H1, 2016-H1, 2016-06-15", "REPORT.LATE.H2, 2015-H2, 2015-12-15"})
    void sentOnTheSixteenthIsLate(String rule, String period, LocalDate deadline) {
        RuleHarness harness = new RuleHarness();
        harness.report("SO_TC", period).submittedOn(deadline.plusDays(1));
        assertThat(of(harness.check(deadline.plusYears(1)), FindingKind.LATE_REPORT, rule)).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
                    assertThat(f.due()).isEqualTo(deadline);
                    assertThat(f.date()).isEqualTo(deadline.plusDays(1));
                    assertThat(f.source().toString()).isEqualTo("SO_TC-" + period + ".xlsx!Thông tin!B4");
                });
    }

    @ParameterizedTest(name = "{0}: missing the day after {2}, not on it")
    @CsvSource({"REPORT.MISSING.H1, 2016-H1, 2016-06-15", "REPORT.MISSING.H2, 2015-H2, 2015-12-15"})
    void missingOnlyOnceTheDeadlineHasPassed(String rule, String period, LocalDate deadline) {
        CheckOptions onTheDay = new CheckOptions(deadline, false, Optional.of(List.of(Period.of(period))));
        CheckOptions dayAfter = new CheckOptions(deadline.plusDays(1), false, Optional.of(List.of(Period.of(period))));
        RuleHarness harness = new RuleHarness();
        harness.report("H_YENMY", "2014-H2");
        assertThat(of(harness.check(onTheDay), FindingKind.MISSING_REPORT, rule)).isEmpty();
        assertThat(of(harness.check(dayAfter), FindingKind.MISSING_REPORT, rule)).singleElement()
                .satisfies(f -> {
                    assertThat(f.unit()).isEqualTo("H_YENMY");
                    assertThat(f.period()).isEqualTo(Period.of(period));
                    assertThat(f.severity()).isEqualTo(Severity.HIGH);
                });
    }

    @Test
    void periodsOutsideThePlanAreNeverOwed() {
        CheckOptions options = new CheckOptions(LocalDate.of(2030, 1, 1), false,
                Optional.of(Period.range(Period.of("2012-H2"), Period.of("2021-H2"))));
        RuleHarness harness = new RuleHarness();
        harness.report("H_YENMY", "2014-H2");
        assertThat(harness.check(options)).filteredOn(f -> f.kind() == FindingKind.MISSING_REPORT)
                .extracting(f -> f.period().code())
                .hasSize(14).doesNotContain("2012-H2", "2013-H1", "2014-H2", "2021-H1", "2021-H2")
                .contains("2013-H2", "2020-H2");
    }

    @Test
    void oneUnitsOneReportNeverReportsOthersMissing() {
        RuleHarness harness = new RuleHarness();
        harness.report("H_VANLAM", "2015-H2");
        assertThat(harness.check(LocalDate.of(2030, 1, 1)))
                .filteredOn(f -> f.kind() == FindingKind.MISSING_REPORT).isEmpty();
    }

    @Test
    void allUnitsJudgesTheWholeRegisterForThePeriodsOfTheFiles() {
        RuleHarness harness = new RuleHarness();
        harness.report("H_VANLAM", "2015-H2");
        List<Finding> missing = harness.check(new CheckOptions(LocalDate.of(2016, 1, 31), true, Optional.empty()))
                .stream().filter(f -> f.kind() == FindingKind.MISSING_REPORT).toList();
        assertThat(missing).hasSize(RuleHarness.PACK.units().all().size() - 1)
                .allSatisfy(f -> assertThat(f.period()).isEqualTo(Period.of("2015-H2")))
                .extracting(Finding::unit).contains("BCD_TINH").doesNotContain("H_VANLAM");
    }

    @Test
    void missingReportOfAMassOrganisationIsOneSeverityLower() {
        RuleHarness harness = new RuleHarness();
        harness.report("HOI_KH", "2015-H1");
        CheckOptions options = new CheckOptions(LocalDate.of(2016, 1, 31), false,
                Optional.of(List.of(Period.of("2015-H2"))));
        assertThat(of(harness.check(options), FindingKind.MISSING_REPORT, "REPORT.MISSING.H2")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.MEDIUM));
    }
}
