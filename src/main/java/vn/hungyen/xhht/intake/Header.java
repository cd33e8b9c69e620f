package vn.hungyen.xhht.intake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The header row of a table sheet: which column holds which field, in whatever order they came. */
final class Header {

    private final Place place;
    private final Map<Term, Integer> columns;
    private final Source source;

    private Header(Place place, Map<Term, Integer> columns, Source source) {
        this.place = place;
        this.columns = columns;
        this.source = source;
    }

    /** Reads a row that is not empty; a column repeated is taken where it first appears. */
    static Header of(SheetRow row, List<Term> fields, Place place) {
        Map<Term, Integer> columns = new LinkedHashMap<>();
        Source first = null;
        for (SheetCell cell : row.cells()) {
            String text = CellValues.text(cell);
            if (text.isEmpty()) {
                continue;
            }
            if (first == null) {
                first = place.cell(row.number(), cell.column());
            }
            Term.find(fields, text).ifPresent(field -> columns.putIfAbsent(field, cell.column()));
        }
        return new Header(place, columns, first);
    }

    boolean has(Term field) {
        return columns.containsKey(field);
    }

    /** The header row's first cell, where a missing column is reported. */
    Source source() {
        return source;
    }

    /**
     * The fields of a data row. A field whose column is absent is reported at the {@code anchor} field's cell,
     * the cell a person would look at for that row.
     */
    Fields fields(SheetRow row, Term anchor, List<IntakeProblem> problems) {
        Map<Term, Fields.Located> cells = new LinkedHashMap<>();
        columns.forEach((field, column) -> cells.put(field,
                new Fields.Located(row.cell(column), place.cell(row.number(), column))));
        int anchorColumn = columns.getOrDefault(anchor, columns.values().iterator().next());
        return new Fields(cells, place.cell(row.number(), anchorColumn), problems);
    }
}
