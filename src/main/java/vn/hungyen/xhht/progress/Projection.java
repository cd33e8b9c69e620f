package vn.hungyen.xhht.progress;

/**
 * The trend of one unit's values of one indicator towards one milestone, by {@link ProgressMethod}.
 *
 * @param milestone      the year of the milestone (2015 or 2020)
 * @param target         the milestone's threshold; null for a "rises every year" target
 * @param outlook        where the trend leads
 * @param baseYear       the first year of the trend (null without data)
 * @param baseValue      its value
 * @param currentYear    the last year of the trend, before the milestone
 * @param currentValue   its value
 * @param observedGrowth the compound annual growth rate from base to current (0.012 = 1.2% a year)
 * @param requiredGrowth the compound annual growth rate from base that meets the target in the milestone year
 * @param ratio          observed over required growth, signed by the target's direction (Open SDG's R)
 * @param projected      the value the observed growth gives in the milestone year, within 0 to 100
 */
public record Projection(int milestone, Double target, Outlook outlook, Integer baseYear, Double baseValue,
                         Integer currentYear, Double currentValue, Double observedGrowth, Double requiredGrowth,
                         Double ratio, Double projected) {

    static Projection withoutTrend(int milestone, Double target) {
        return new Projection(milestone, target, Outlook.NOT_ENOUGH_DATA, null, null, null, null, null, null, null,
                null);
    }
}
