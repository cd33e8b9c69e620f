package vn.hungyen.xhht.review;

import java.util.List;
import vn.hungyen.xhht.engine.TargetKind;
import vn.hungyen.xhht.plan.Severity;

/**
 * One target of the plan for one year (a target rule and a year), and how the units it applies to stand:
 * meeting it, missing it, without a value for the year, or (a "rises every year" target) with a value but
 * none for the year before to compare it with.
 *
 * @param threshold the value to reach (AT_LEAST) or not to exceed (AT_MOST); null for RISES
 */
public record TargetGroup(String ruleId, String indicator, String indicatorName, int year, TargetKind kind,
                          Double threshold, String citation, Severity severity, int units, List<TargetUnit> met,
                          List<TargetUnit> missed, List<TargetUnit> noValue, List<TargetUnit> unjudged) {

    /**
     * A unit's standing.
     *
     * @param value     the value that counts for the year (null when none)
     * @param compareTo what it was held against: the threshold, or for RISES the previous year's value
     * @param reportId  the report the value comes from
     */
    public record TargetUnit(String unit, String unitName, Double value, Double compareTo, Long reportId) {
    }
}
