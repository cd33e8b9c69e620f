package vn.hungyen.xhht.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hungyen.xhht.engine.RuleHarness.of;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import vn.hungyen.xhht.plan.FindingKind;

/**
 * One case per target, unit and year of rules-cases/targets.csv: the rule fires just past its threshold and
 * stays silent exactly at it (a "rises" target: silent at +0.01, fires when equal).
 */
class TargetRulesTest {

    private static final LocalDate AS_OF = LocalDate.of(2021, 1, 31);
    private static final double STEP = 0.01;

    @ParameterizedTest(name = "{0} {1} {3}: fires just past {5}")
    @CsvFileSource(resources = "/rule-cases/targets.csv", numLinesToSkip = 1)
    void firesJustPastTheThreshold(String rule, String unit, String indicator, int year, TargetKind kind,
                                   Double threshold) {
        List<Finding> findings = check(unit, indicator, year, kind, threshold, false);
        List<Finding> breaches = of(findings, kind == TargetKind.RISES ? FindingKind.TREND_NOT_MET
                : FindingKind.UNMET_TARGET, rule);
        assertThat(breaches).singleElement().satisfies(f -> {
            assertThat(f.unit()).isEqualTo(unit);
            assertThat(f.indicator()).isEqualTo(indicator);
            assertThat(f.year()).isEqualTo(year);
            assertThat(f.citation()).isNotBlank();
            assertThat(f.source().toString()).startsWith(unit + "-" + year + "-H2.xlsx!Chỉ tiêu!E");
            if (kind != TargetKind.RISES) {
                assertThat(f.target()).isEqualTo(threshold);
            }
        });
    }

    @ParameterizedTest(name = "{0} {1} {3}: silent at {5}")
    @CsvFileSource(resources = "/rule-cases/targets.csv", numLinesToSkip = 1)
    void silentAtTheThreshold(String rule, String unit, String indicator, int year, TargetKind kind,
                              Double threshold) {
        List<Finding> findings = check(unit, indicator, year, kind, threshold, true);
        assertThat(findings).filteredOn(f -> rule.equals(f.ruleId())).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1} {3}: value owed")
    @CsvFileSource(resources = "/rule-cases/targets.csv", numLinesToSkip = 1)
    void missingValueIsReported(String rule, String unit, String indicator, int year) {
        RuleHarness harness = new RuleHarness();
        harness.report(unit, year + "-H2");
        List<Finding> missing = of(harness.check(AS_OF), FindingKind.MISSING_INDICATOR, rule);
        assertThat(missing).singleElement().satisfies(f -> {
            assertThat(f.indicator()).isEqualTo(indicator);
            assertThat(f.year()).isEqualTo(year);
            assertThat(f.source().toString()).isEqualTo(unit + "-" + year + "-H2.xlsx!Chỉ tiêu");
        });
    }

    /**
     * A value just past the threshold (or, at the boundary, exactly on it). For a "rises" target the previous
     * year is reported at 50 in the year before's report, and this year's value equals it (not risen) or
     * exceeds it by a hundredth.
     */
    private static List<Finding> check(String unit, String indicator, int year, TargetKind kind, Double threshold,
                                       boolean atBoundary) {
        RuleHarness harness = new RuleHarness();
        double value = switch (kind) {
            case AT_LEAST -> atBoundary ? threshold : threshold - STEP;
            case ABOVE -> atBoundary ? threshold + STEP : threshold;
            case AT_MOST, WITHIN -> atBoundary ? threshold : threshold + STEP;
            case RISES -> atBoundary ? 50 + STEP : 50;
        };
        if (kind == TargetKind.RISES) {
            harness.report(unit, (year - 1) + "-H2").value(indicator, year - 1, 50);
        }
        harness.report(unit, year + "-H2").value(indicator, year, value);
        return harness.check(AS_OF);
    }
}
