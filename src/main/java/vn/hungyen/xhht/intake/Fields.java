package vn.hungyen.xhht.intake;

import java.util.List;
import java.util.Map;

/**
 * The cells of one record by the term that names them: a row of a table sheet, or the label/value rows of
 * "Thông tin". Reading a field reports its problems and marks the record bad, so that it is left out.
 */
final class Fields {

    /** A field's cell (null when the workbook has none there) and where it is. */
    record Located(SheetCell cell, Source source) {
    }

    private final Map<Term, Located> cells;
    private final Source elsewhere;
    private final List<IntakeProblem> problems;
    private final int firstProblem;
    private boolean ok = true;

    /** {@code elsewhere} is where a field the record does not have at all is reported. */
    Fields(Map<Term, Located> cells, Source elsewhere, List<IntakeProblem> problems) {
        this.cells = cells;
        this.elsewhere = elsewhere;
        this.problems = problems;
        this.firstProblem = problems.size();
    }

    Source source(Term field) {
        Located located = cells.get(field);
        return located == null ? elsewhere : located.source();
    }

    boolean isBlank(Term field) {
        return CellValues.isBlank(cell(field));
    }

    /** Free text; null when blank. */
    String text(Term field) {
        return isBlank(field) ? null : CellValues.text(cell(field));
    }

    /** The value, or null when blank or unreadable (then reported). */
    <T> T optional(Term field, Parser<T> parser) {
        if (isBlank(field)) {
            return null;
        }
        Parsed<T> parsed = parser.parse(cell(field));
        if (!parsed.isOk()) {
            problem(source(field), parsed.problem(), parsed.args().toArray(String[]::new));
        }
        return parsed.value();
    }

    /** As {@link #optional}, but a blank cell is reported too. */
    <T> T required(Term field, Parser<T> parser) {
        if (isBlank(field)) {
            problem(source(field), Problem.REQUIRED_EMPTY, field.vietnamese());
            return null;
        }
        return optional(field, parser);
    }

    void problem(Source at, Problem problem, String... args) {
        problems.add(IntakeProblem.of(at, problem, args));
        ok = false;
    }

    /**
     * A problem that leaves the record in: the cell is wrong, but what the row says still counts (a done row
     * without its date is done).
     */
    void note(Source at, Problem problem, String... args) {
        problems.add(IntakeProblem.of(at, problem, args));
    }

    /** Marks the problems of this record as those of a row that gives {@code code} and {@code year}. */
    void ofRow(String code, Integer year) {
        if (code == null) {
            return;
        }
        for (int i = firstProblem; i < problems.size(); i++) {
            problems.set(i, problems.get(i).ofRow(code, year));
        }
    }

    /** No problem was found in the record. */
    boolean isOk() {
        return ok;
    }

    private SheetCell cell(Term field) {
        Located located = cells.get(field);
        return located == null ? null : located.cell();
    }
}
