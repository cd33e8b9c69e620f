package vn.hungyen.xhht.progress;

import java.util.Map;
import java.util.NavigableMap;
import vn.hungyen.xhht.engine.TargetKind;

/**
 * Open SDG's progress measure (Statistics Canada's method, built into Open SDG since 2.4.0), applied to one
 * unit's yearly values of one indicator in one stage of the plan.
 *
 * <ul>
 *   <li>The observed compound annual growth rate runs from the stage's first reported year (base) to its last
 *       reported year before the milestone (current): {@code CAGR = (y_current / y_base)^(1 / years) - 1}.</li>
 *   <li>With a threshold (at least / at most): the growth needed to reach it in the milestone year from the base,
 *       {@code CAGR_T = (target / y_base)^(1 / (milestone - base year)) - 1}, and the ratio
 *       {@code R = d * CAGR / |CAGR_T|} with {@code d} +1 for "at least", -1 for "at most". Open SDG's
 *       thresholds: a target already met is achieved; {@code R >= 0.95} on track; {@code 0.60 <= R < 0.95}
 *       progress made but acceleration needed; below 0.60 (Open SDG's "limited progress" and "deterioration")
 *       at risk.</li>
 *   <li>"Rises every year" has no threshold: Open SDG's method without a target compares the growth itself with
 *       1.5% (on track) and 0.5% (acceleration needed) a year, both scaled down by Open SDG's factor
 *       {@code C = 1 - (y_base / 100)^4.44} because a percentage cannot pass 100: near the limit a small rise is
 *       all that is possible.</li>
 * </ul>
 *
 * A base or target of 0 counts as 0.001, as in Open SDG. The projected value (the observed growth carried on to
 * the milestone) is kept within 0 to 100.
 */
final class ProgressMethod {

    static final double ON_TRACK = 0.95;
    static final double ACCELERATION = 0.60;
    static final double TREND_ON_TRACK = 0.015;
    static final double TREND_ACCELERATION = 0.005;
    private static final double LIMIT = 100;
    private static final double LIMIT_EXPONENT = 4.44;
    private static final double ZERO = 0.001;

    private ProgressMethod() {
    }

    /**
     * The projection to {@code milestone} from the values of the years {@code stageStart} to the year before it.
     *
     * @param target the threshold, null for {@link TargetKind#RISES}
     * @param values yearly values (final ones: see {@link Progress}), by year
     */
    static Projection project(TargetKind kind, Double target, int milestone, int stageStart,
                              NavigableMap<Integer, Double> values) {
        NavigableMap<Integer, Double> trend = values.subMap(stageStart, true, milestone, false);
        if (trend.isEmpty()) {
            return Projection.withoutTrend(milestone, target);
        }
        Map.Entry<Integer, Double> base = trend.firstEntry();
        Map.Entry<Integer, Double> current = trend.lastEntry();
        boolean achieved = kind != TargetKind.RISES && meets(kind, current.getValue(), target);
        int years = current.getKey() - base.getKey();
        if (years == 0) {
            return new Projection(milestone, target, achieved ? Outlook.ACHIEVED : Outlook.NOT_ENOUGH_DATA,
                    base.getKey(), base.getValue(), current.getKey(), current.getValue(), null, null, null, null);
        }
        double y0 = nonZero(base.getValue());
        double observed = growth(current.getValue(), y0, years);
        double projected = Math.min(LIMIT, Math.max(0, y0 * Math.pow(1 + observed, milestone - base.getKey())));
        Double required = null;
        Double ratio = null;
        Outlook outlook;
        if (kind == TargetKind.RISES) {
            outlook = trendOutlook(observed, scaling(base.getValue()));
        } else {
            required = growth(nonZero(target), y0, milestone - base.getKey());
            int direction = kind == TargetKind.AT_MOST || kind == TargetKind.WITHIN ? -1 : 1;
            // the base met the target exactly: no growth was needed, so any move the wrong way is a risk
            ratio = required == 0 ? null : direction * observed / Math.abs(required);
            outlook = achieved ? Outlook.ACHIEVED : ratio == null ? Outlook.AT_RISK : outlook(ratio);
        }
        return new Projection(milestone, target, outlook, base.getKey(), base.getValue(), current.getKey(),
                current.getValue(), observed, required, ratio, projected);
    }

    /** Open SDG's categories of the ratio of observed to required growth, for a target not yet met. */
    static Outlook outlook(double ratio) {
        if (ratio >= ON_TRACK) {
            return Outlook.ON_TRACK;
        }
        return ratio >= ACCELERATION ? Outlook.NEEDS_ACCELERATION : Outlook.AT_RISK;
    }

    /** Open SDG's categories of growth without a target, the thresholds scaled by {@code scaling}. */
    static Outlook trendOutlook(double growth, double scaling) {
        if (growth >= TREND_ON_TRACK * scaling) {
            return Outlook.ON_TRACK;
        }
        return growth >= TREND_ACCELERATION * scaling ? Outlook.NEEDS_ACCELERATION : Outlook.AT_RISK;
    }

    /** Open SDG's factor for a value with a natural maximum (100%): 1 far from it, 0 at it. */
    static double scaling(double base) {
        double share = Math.min(1, Math.max(0, base / LIMIT));
        return 1 - Math.pow(share, LIMIT_EXPONENT);
    }

    static boolean meets(TargetKind kind, double value, double target) {
        return kind.met(value, target);
    }

    private static double growth(double to, double from, int years) {
        return Math.pow(to / from, 1.0 / years) - 1;
    }

    private static double nonZero(double value) {
        return value == 0 ? ZERO : value;
    }
}
