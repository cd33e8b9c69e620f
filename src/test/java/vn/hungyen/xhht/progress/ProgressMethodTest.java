package vn.hungyen.xhht.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.NavigableMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.hungyen.xhht.engine.TargetKind;

/** Open SDG's progress measure as {@link ProgressMethod} applies it: each label's boundary, then whole series. */
class ProgressMethodTest {

    @ParameterizedTest(name = "R = {0}: {1}")
    @CsvSource({
        "5.0, ON_TRACK",
        "0.95, ON_TRACK",
        "0.9499999, NEEDS_ACCELERATION",
        "0.60, NEEDS_ACCELERATION",
        "0.5999999, AT_RISK",
        "0.0, AT_RISK",
        "-0.5, AT_RISK"})
    void theRatioOfObservedToRequiredGrowthGivesTheLabel(double ratio, Outlook outlook) {
        assertThat(ProgressMethod.outlook(ratio)).isEqualTo(outlook);
    }

    @ParameterizedTest(name = "growth {0} with C = {1}: {2}")
    @CsvSource({
        "0.015, 1, ON_TRACK",
        "0.0149999, 1, NEEDS_ACCELERATION",
        "0.005, 1, NEEDS_ACCELERATION",
        "0.0049999, 1, AT_RISK",
        "-0.01, 1, AT_RISK",
        // near 100% the thresholds shrink: 0.75% a year is on track when C is one half
        "0.0075, 0.5, ON_TRACK",
        "0.0074999, 0.5, NEEDS_ACCELERATION",
        "0.0025, 0.5, NEEDS_ACCELERATION",
        "0.0024999, 0.5, AT_RISK",
        // at the limit any growth that is not a fall is on track
        "0, 0, ON_TRACK",
        "-0.0001, 0, AT_RISK"})
    void aTrendWithoutTargetIsJudgedOnItsGrowthScaledNearTheLimit(double growth, double scaling, Outlook outlook) {
        assertThat(ProgressMethod.trendOutlook(growth, scaling)).isEqualTo(outlook);
    }

    @Test
    void theScalingFactorIsOneFarFromTheLimitAndZeroAtIt() {
        assertThat(ProgressMethod.scaling(0)).isEqualTo(1);
        assertThat(ProgressMethod.scaling(50)).isCloseTo(1 - Math.pow(0.5, 4.44), within(1e-12));
        assertThat(ProgressMethod.scaling(100)).isZero();
    }

    @Test
    void growthAtTheRequiredPaceIsOnTrack() {
        // 60 in 2015 to 80 in 2020 needs 5.92% a year; 60 to 67.4 in two years is 5.99%
        Projection p = project(TargetKind.AT_LEAST, 80.0, 2020, 2015, series(2015, 60, 2017, 67.4));

        assertThat(p.outlook()).isEqualTo(Outlook.ON_TRACK);
        assertThat(p.baseYear()).isEqualTo(2015);
        assertThat(p.currentYear()).isEqualTo(2017);
        assertThat(p.requiredGrowth()).isCloseTo(Math.pow(80 / 60.0, 1 / 5.0) - 1, within(1e-12));
        assertThat(p.observedGrowth()).isCloseTo(Math.sqrt(67.4 / 60) - 1, within(1e-12));
        assertThat(p.ratio()).isCloseTo(p.observedGrowth() / p.requiredGrowth(), within(1e-12));
        assertThat(p.projected()).isCloseTo(60 * Math.pow(67.4 / 60, 2.5), within(1e-9));
    }

    @Test
    void slowerGrowthNeedsAccelerationAndSlowerStillIsAtRisk() {
        assertThat(project(TargetKind.AT_LEAST, 80.0, 2020, 2015, series(2015, 60, 2017, 64.5)).outlook())
                .isEqualTo(Outlook.NEEDS_ACCELERATION);
        assertThat(project(TargetKind.AT_LEAST, 80.0, 2020, 2015, series(2015, 60, 2017, 62)).outlook())
                .isEqualTo(Outlook.AT_RISK);
        assertThat(project(TargetKind.AT_LEAST, 80.0, 2020, 2015, series(2015, 60, 2017, 58)).ratio()).isNegative();
    }

    @Test
    void aTargetAlreadyMetIsAchievedWhateverTheTrend() {
        Projection falling = project(TargetKind.AT_LEAST, 98.85, 2020, 2015, series(2015, 99.9, 2019, 99.5));
        assertThat(falling.outlook()).isEqualTo(Outlook.ACHIEVED);
        // one value is enough to say so
        assertThat(project(TargetKind.AT_LEAST, 90.0, 2015, 2012, series(2014, 91)).outlook())
                .isEqualTo(Outlook.ACHIEVED);
    }

    @Test
    void oneValueOrNoneIsNotEnoughData() {
        assertThat(project(TargetKind.AT_LEAST, 90.0, 2015, 2012, series(2014, 85)).outlook())
                .isEqualTo(Outlook.NOT_ENOUGH_DATA);
        Projection none = project(TargetKind.AT_LEAST, 90.0, 2015, 2012, new TreeMap<>());
        assertThat(none.outlook()).isEqualTo(Outlook.NOT_ENOUGH_DATA);
        assertThat(none.baseYear()).isNull();
    }

    @Test
    void onlyTheStageBeforeTheMilestoneCounts() {
        // the 2015 value is the milestone's outcome, not part of its trend; 2012's stage starts in 2012
        NavigableMap<Integer, Double> values = series(2013, 50, 2014, 52, 2015, 40, 2016, 45);
        Projection to2015 = project(TargetKind.AT_LEAST, 60.0, 2015, 2012, values);
        assertThat(to2015.baseYear()).isEqualTo(2013);
        assertThat(to2015.currentYear()).isEqualTo(2014);
        Projection to2020 = project(TargetKind.AT_LEAST, 80.0, 2020, 2015, values);
        assertThat(to2020.baseYear()).isEqualTo(2015);
        assertThat(to2020.currentYear()).isEqualTo(2016);
    }

    @Test
    void anAtMostTargetWantsTheValueToFall() {
        // the gender gap may be at most 0.5 points by 2015: from 0.7, it must shrink 15.5% a year
        assertThat(project(TargetKind.AT_MOST, 0.5, 2015, 2012, series(2013, 0.7, 2014, 0.58)).outlook())
                .isEqualTo(Outlook.ON_TRACK);
        assertThat(project(TargetKind.AT_MOST, 0.5, 2015, 2012, series(2013, 0.7, 2014, 0.62)).outlook())
                .isEqualTo(Outlook.NEEDS_ACCELERATION);
        Projection rising = project(TargetKind.AT_MOST, 0.5, 2015, 2012, series(2013, 0.7, 2014, 0.75));
        assertThat(rising.ratio()).isNegative();
        assertThat(rising.outlook()).isEqualTo(Outlook.AT_RISK);
        assertThat(project(TargetKind.AT_MOST, 0.5, 2015, 2012, series(2013, 0.7, 2014, 0.45)).outlook())
                .isEqualTo(Outlook.ACHIEVED);
    }

    @Test
    void aValueThatMetTheTargetAndSlippedIsAtRisk() {
        // universal education kept at 100 in 2015, one commune short in 2017: no growth was needed, any fall is a risk
        Projection p = project(TargetKind.AT_LEAST, 100.0, 2020, 2015, series(2015, 100, 2017, 99.2));
        assertThat(p.requiredGrowth()).isZero();
        assertThat(p.ratio()).isNull();
        assertThat(p.outlook()).isEqualTo(Outlook.AT_RISK);
    }

    @Test
    void percentagesNearOneHundredCompareTheirSmallGains() {
        // 99.0 to 99.5 in a year against 100 by 2020: half a point a year where a fifth is needed
        Projection p = project(TargetKind.AT_LEAST, 100.0, 2020, 2015, series(2015, 99.0, 2016, 99.5));
        assertThat(p.outlook()).isEqualTo(Outlook.ON_TRACK);
        assertThat(p.projected()).isEqualTo(100); // carried on, the trend passes 100: a percentage stops there
    }

    @Test
    void aRisingTargetUsesTheGrowthItself() {
        Projection brisk = project(TargetKind.RISES, null, 2020, 2015, series(2015, 30, 2017, 33));
        assertThat(brisk.outlook()).isEqualTo(Outlook.ON_TRACK);
        assertThat(brisk.requiredGrowth()).isNull();
        assertThat(brisk.ratio()).isNull();
        assertThat(project(TargetKind.RISES, null, 2020, 2015, series(2015, 30, 2017, 30.5)).outlook())
                .isEqualTo(Outlook.NEEDS_ACCELERATION);
        assertThat(project(TargetKind.RISES, null, 2020, 2015, series(2015, 30, 2017, 29)).outlook())
                .isEqualTo(Outlook.AT_RISK);
        // from 98% (C = 0.086) a rise of 0.15 point a year is on track, where 1.5 points would be needed at 30%
        assertThat(project(TargetKind.RISES, null, 2020, 2015, series(2015, 98, 2017, 98.3)).outlook())
                .isEqualTo(Outlook.ON_TRACK);
    }

    @Test
    void aZeroBaseCountsAsOneThousandth() {
        Projection p = project(TargetKind.AT_LEAST, 20.0, 2015, 2012, series(2013, 0, 2014, 10));
        assertThat(p.observedGrowth()).isCloseTo(10 / 0.001 - 1, within(1e-6));
        assertThat(p.outlook()).isEqualTo(Outlook.ON_TRACK);
    }

    private static Projection project(TargetKind kind, Double target, int milestone, int stageStart,
                                      NavigableMap<Integer, Double> values) {
        return ProgressMethod.project(kind, target, milestone, stageStart, values);
    }

    private static NavigableMap<Integer, Double> series(double... yearsAndValues) {
        NavigableMap<Integer, Double> values = new TreeMap<>();
        for (int i = 0; i < yearsAndValues.length; i += 2) {
            values.put((int) yearsAndValues[i], yearsAndValues[i + 1]);
        }
        return values;
    }
}
