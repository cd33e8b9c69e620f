package vn.hungyen.xhht.progress;

import java.util.List;
import vn.hungyen.xhht.engine.TargetKind;

/**
 * What the chart of one unit's indicator draws: the values reported by year, the milestones' targets and the
 * trend to each milestone.
 *
 * @param values      every year with a value, in order
 * @param milestones  the milestones' thresholds (none for "rises every year")
 * @param projections one per milestone, as on the scorecard
 * @param row         the indicator's row of the scorecard (every target year and its standing)
 */
public record Chart(String unit, String unitName, String indicator, String indicatorName, TargetKind kind,
                    List<Point> values, List<Milestone> milestones, List<Projection> projections,
                    Scorecard.Row row) {

    /** A reported value; {@code provisional} as on the scorecard. */
    public record Point(int year, double value, boolean provisional, String period, Long reportId) {
    }

    /** A milestone's target line. */
    public record Milestone(int year, TargetKind kind, double threshold, String ruleId, String citation) {
    }
}
