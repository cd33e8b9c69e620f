package vn.hungyen.xhht.intake;

import java.util.List;

/** What a cell was read as, or the problem that stopped it being read (value null). */
record Parsed<T>(T value, Problem problem, List<String> args) {

    static <T> Parsed<T> ok(T value) {
        return new Parsed<>(value, null, List.of());
    }

    static <T> Parsed<T> bad(Problem problem, String... args) {
        return new Parsed<>(null, problem, List.of(args));
    }

    boolean isOk() {
        return problem == null;
    }
}
