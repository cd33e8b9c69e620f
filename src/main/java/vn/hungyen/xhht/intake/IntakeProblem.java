package vn.hungyen.xhht.intake;

import java.util.List;

/** Something in a workbook that could not be read as the contract says, and where it is. */
public record IntakeProblem(Source source, Problem problem, List<String> args) {

    public IntakeProblem {
        args = List.copyOf(args);
    }

    public static IntakeProblem of(Source source, Problem problem, String... args) {
        return new IntakeProblem(source, problem, List.of(args));
    }
}
