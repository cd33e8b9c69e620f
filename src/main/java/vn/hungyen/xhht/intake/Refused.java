package vn.hungyen.xhht.intake;

import java.util.Arrays;
import java.util.List;

/**
 * A workbook beyond one of the {@link ReadLimits}: reading stops at once and the whole file is refused, with the
 * problem naming the sheet and cell where the limit was passed when there is one.
 */
final class Refused extends RuntimeException {

    private final transient String sheet;
    private final transient String cell;
    private final transient Problem problem;
    private final transient List<String> args;

    Refused(String sheet, String cell, Problem problem, Object... args) {
        super(problem + " " + sheet + "!" + cell, null, false, false);
        this.sheet = sheet;
        this.cell = cell;
        this.problem = problem;
        this.args = Arrays.stream(args).map(String::valueOf).toList();
    }

    IntakeProblem problem(String file) {
        return new IntakeProblem(new Source(file, sheet, cell), problem, args);
    }
}
