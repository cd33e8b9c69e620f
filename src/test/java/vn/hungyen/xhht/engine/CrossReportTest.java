package vn.hungyen.xhht.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.hungyen.xhht.engine.RuleHarness.of;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.hungyen.xhht.intake.Intake;
import vn.hungyen.xhht.intake.IntakeProblem;
import vn.hungyen.xhht.intake.Problem;
import vn.hungyen.xhht.intake.Source;
import vn.hungyen.xhht.plan.FindingKind;
import vn.hungyen.xhht.plan.Severity;

/** Reasoning across reports: the last submission counts, trends span reports, severities by unit kind. */
class CrossReportTest {

    private static final LocalDate AS_OF = LocalDate.of(2021, 1, 31);

    @Test
    void theReportSubmittedLastCountsForItsUnitAndPeriod() {
        RuleHarness harness = new RuleHarness();
        harness.report("SO_NV", "2015-H2").file("first.xlsx").submittedOn(LocalDate.of(2015, 12, 1))
                .value("OFF_IT", 2015, 80);
        harness.report("SO_NV", "2015-H2").file("correction.xlsx").submittedOn(LocalDate.of(2015, 12, 10))
                .value("OFF_IT", 2015, 92);
        CheckResult result = new Checker(RuleHarness.PACK).check(harness.intakes(), CheckOptions.asOf(AS_OF));
        assertThat(of(result.findings(), FindingKind.UNMET_TARGET, "OFF_IT.2015")).isEmpty();
        assertThat(result.reports()).extracting(ReportSummary::file, ReportSummary::counted)
                .containsExactlyInAnyOrder(tuple("first.xlsx", false),
                        tuple("correction.xlsx", true));
        assertThat(result.findings()).allSatisfy(f -> assertThat(String.valueOf(f.source()))
                .doesNotStartWith("first.xlsx"));
    }

    @Test
    void aLateCorrectionNeverMakesTheReportLate() {
        // catalog reading 13: timeliness belongs to the first version
        RuleHarness harness = new RuleHarness();
        harness.report("SO_NV", "2015-H2").file("a.xlsx").submittedOn(LocalDate.of(2015, 12, 1));
        harness.report("SO_NV", "2015-H2").file("b.xlsx").submittedOn(LocalDate.of(2016, 1, 5));
        assertThat(of(harness.check(AS_OF), FindingKind.LATE_REPORT, "REPORT.LATE.H2")).isEmpty();
    }

    @Test
    void aLateFirstVersionStaysLateAfterAnOnTimeLookingCorrection() {
        RuleHarness harness = new RuleHarness();
        harness.report("SO_NV", "2015-H2").file("a.xlsx").submittedOn(LocalDate.of(2015, 12, 20));
        harness.report("SO_NV", "2015-H2").file("b.xlsx").submittedOn(LocalDate.of(2016, 1, 5));
        assertThat(of(harness.check(AS_OF), FindingKind.LATE_REPORT, "REPORT.LATE.H2")).singleElement()
                .satisfies(f -> {
                    assertThat(f.source().file()).isEqualTo("a.xlsx");
                    assertThat(f.date()).isEqualTo(LocalDate.of(2015, 12, 20));
                });
    }

    @Test
    void aValueRestatedInALaterReportReplacesTheEarlierOne() {
        RuleHarness harness = new RuleHarness();
        harness.report("SO_NV", "2015-H2").value("OFF_IT", 2015, 80);
        harness.report("SO_NV", "2016-H1").value("OFF_IT", 2015, 91);
        assertThat(of(harness.check(AS_OF), FindingKind.UNMET_TARGET, "OFF_IT.2015")).isEmpty();
    }

    @Test
    void aTrendComparesTheValuesOfDifferentReports() {
        RuleHarness harness = new RuleHarness();
        harness.report("LDLD", "2016-H2").value("IZ_HIGHSKILL", 2016, 31.5);
        harness.report("LDLD", "2017-H2").value("IZ_HIGHSKILL", 2017, 30.0);
        harness.report("LDLD", "2018-H2").value("IZ_HIGHSKILL", 2018, 33.0);
        assertThat(of(harness.check(AS_OF), FindingKind.TREND_NOT_MET, "IZ_HIGHSKILL.2016-2020")).singleElement()
                .satisfies(f -> {
                    assertThat(f.year()).isEqualTo(2017);
                    assertThat(f.actual()).isEqualTo(30.0);
                    assertThat(f.target()).isEqualTo(31.5);
                    // LDLD is a mass organisation: MEDIUM in the rule, LOW reported
                    assertThat(f.severity()).isEqualTo(Severity.LOW);
                });
    }

    @Test
    void aMassOrganisationsUnmetTargetIsOneSeverityLower() {
        RuleHarness harness = new RuleHarness();
        harness.report("LDLD", "2015-H2").value("IZ_UPPERSEC", 2015, 80);
        harness.report("SO_NV", "2015-H2").value("OFF_IT", 2015, 80);
        List<Finding> findings = harness.check(AS_OF);
        assertThat(of(findings, FindingKind.UNMET_TARGET, "IZ_UPPERSEC.2015")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.MEDIUM));
        assertThat(of(findings, FindingKind.UNMET_TARGET, "OFF_IT.2015")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.HIGH));
    }

    @Test
    void aValueForAYearWithoutATargetIsNotABreach() {
        RuleHarness harness = new RuleHarness();
        harness.report("SO_NV", "2017-H2").value("OFF_IT", 2017, 10).value("OFF_FL_L2", 2017, 1);
        assertThat(harness.check(AS_OF)).filteredOn(f -> f.kind() == FindingKind.UNMET_TARGET).isEmpty();
    }

    @Test
    void aFileThatGaveNoReportIsOneHighDataError() {
        RuleHarness harness = new RuleHarness();
        harness.add(new Intake("notes.xlsx", Optional.empty(),
                List.of(IntakeProblem.of(Source.file("notes.xlsx"), Problem.NOT_A_WORKBOOK))));
        assertThat(harness.check(AS_OF)).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.DATA_ERROR);
            assertThat(f.ruleId()).isEqualTo("DATA_ERROR.REPORT");
            assertThat(f.severity()).isEqualTo(Severity.HIGH);
            assertThat(f.problem()).isEqualTo(Problem.NOT_A_WORKBOOK);
            assertThat(f.source().toString()).isEqualTo("notes.xlsx");
        });
    }

    @Test
    void aBadCellOfAReadableReportIsAMediumDataErrorOfItsUnit() {
        RuleHarness harness = new RuleHarness();
        harness.report("SO_NV", "2015-H1").problem(IntakeProblem.of(new Source("SO_NV-2015-H1.xlsx", "Chỉ tiêu",
                "E3"), Problem.BAD_NUMBER, "chín mươi"));
        assertThat(of(harness.check(AS_OF), FindingKind.DATA_ERROR, "DATA_ERROR.CELL")).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
                    assertThat(f.unit()).isEqualTo("SO_NV");
                    assertThat(f.source().toString()).isEqualTo("SO_NV-2015-H1.xlsx!Chỉ tiêu!E3");
                    assertThat(f.problemArgs()).containsExactly("chín mươi");
                });
    }
}
