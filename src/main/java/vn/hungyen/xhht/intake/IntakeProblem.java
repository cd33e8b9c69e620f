package vn.hungyen.xhht.intake;

import java.util.List;

/**
 * Something in a workbook that could not be read as the contract says, and where it is.
 *
 * @param rowCode for a problem that left a row of "Chỉ tiêu" or "Nhiệm vụ" out, the code that row gives (null
 *                when unreadable, or for a problem of no row): the row is there, so nothing may ask to add it
 * @param rowYear the year the left-out row of "Chỉ tiêu" gives, when readable
 */
public record IntakeProblem(Source source, Problem problem, List<String> args, String rowCode, Integer rowYear) {

    public IntakeProblem {
        args = List.copyOf(args);
    }

    public IntakeProblem(Source source, Problem problem, List<String> args) {
        this(source, problem, args, null, null);
    }

    public static IntakeProblem of(Source source, Problem problem, String... args) {
        return new IntakeProblem(source, problem, List.of(args));
    }

    /** The same problem, as one of the row that gives {@code code} (and {@code year}). */
    IntakeProblem ofRow(String code, Integer year) {
        return new IntakeProblem(source, problem, args, code, year);
    }
}
