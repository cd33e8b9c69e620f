package vn.hungyen.xhht.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.hungyen.xhht.engine.TargetKind;

/**
 * One unit's targets, indicator by indicator and year by year, with the projection to each milestone.
 *
 * @param asOf   the day "due" is judged on (today)
 * @param years  the years of the plan, the columns
 * @param counts how many of the unit's target-years stand each way
 */
public record Scorecard(String unit, String unitName, LocalDate asOf, List<Integer> years, List<Row> indicators,
                        Map<Standing, Integer> counts) {

    /** How many target-years the unit has. */
    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * One indicator the unit owes.
     *
     * @param cells         one per year of {@link Scorecard#years()}
     * @param projections   one per milestone the unit has a target for
     * @param nextMilestone the first milestone without a value yet, null when every milestone has one
     */
    public record Row(String indicator, String indicatorName, TargetKind kind, List<Cell> cells,
                      List<Projection> projections, Integer nextMilestone) {

        /** The projection to the next milestone, or to the last one when all have values. */
        public Projection outlook() {
            if (projections.isEmpty()) {
                return null;
            }
            return nextMilestone == null ? projections.get(projections.size() - 1) : projections.stream()
                    .filter(p -> p.milestone() == nextMilestone).findFirst().orElse(null);
        }
    }

    /**
     * A year of an indicator: its target, if the plan sets one for that year, and the value that counts.
     *
     * @param ruleId      the target rule, null when no target applies to the year
     * @param target      the threshold, null for "rises every year" and without a target
     * @param standing    how the unit stands, null without a target
     * @param value       the value that counts for the year (the report submitted last), null when none
     * @param compareTo   what the rules held the value against: the threshold, or for "rises every year" the
     *                    previous year's value
     * @param provisional the value comes from a report of a period before the year's second half (a mid-year
     *                    figure): it counts for the rules, but not for the trend
     * @param reportId    the report the value comes from
     */
    public record Cell(int year, String ruleId, String citation, Double target, Standing standing, Double value,
                       Double compareTo, boolean provisional, Long reportId) {
    }
}
