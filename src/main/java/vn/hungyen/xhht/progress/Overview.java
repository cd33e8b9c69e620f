package vn.hungyen.xhht.progress;

import java.util.List;

/**
 * Every unit against every indicator for one year: the matrix of standings.
 *
 * @param years the years some target applies to, for choosing another
 */
public record Overview(int year, List<Integer> years, List<Column> indicators, List<Line> units) {

    public record Column(String indicator, String indicatorName) {
    }

    /**
     * A unit and, per indicator (in the order of {@link Overview#indicators()}), its cell: null where the unit
     * has no target for the indicator in the year.
     */
    public record Line(String unit, String unitName, List<Scorecard.Cell> cells, int met, int notMet,
                       int notReported) {
    }
}
