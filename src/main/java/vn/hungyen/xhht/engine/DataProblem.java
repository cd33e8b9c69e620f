package vn.hungyen.xhht.engine;

import vn.hungyen.xhht.intake.IntakeProblem;
import vn.hungyen.xhht.plan.Period;
import vn.hungyen.xhht.plan.UnitKind;

/**
 * A problem of intake, as a fact for the DATA_ERROR rules. {@code reportLost} is true when the file gave
 * no report at all; unit and period are those of the report when it could be read.
 */
public record DataProblem(IntakeProblem problem, boolean reportLost, String unit, UnitKind unitKind,
                          Period period) {

    /** The code of the row the problem left out of the report: the row is there, only unreadable. */
    public String rowCode() {
        return problem.rowCode();
    }

    /** The year of that row, when it could be read. */
    public Integer rowYear() {
        return problem.rowYear();
    }
}
