package vn.hungyen.xhht.intake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;

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
    static Header of(Row row, List<Term> fields, Place place) {
        Map<Term, Integer> columns = new LinkedHashMap<>();
        Source first = null;
        for (Cell cell : row) {
            String text = CellValues.text(cell);
            if (text.isEmpty()) {
                continue;
            }
            if (first == null) {
                first = place.cell(row.getRowNum(), cell.getColumnIndex());
            }
            Term.find(fields, text).ifPresent(field -> columns.putIfAbsent(field, cell.getColumnIndex()));
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
    Fields fields(Row row, Term anchor, List<IntakeProblem> problems) {
        Map<Term, Fields.Located> cells = new LinkedHashMap<>();
        columns.forEach((field, column) -> cells.put(field,
                new Fields.Located(row.getCell(column), place.cell(row.getRowNum(), column))));
        int anchorColumn = columns.getOrDefault(anchor, columns.values().iterator().next());
        return new Fields(cells, place.cell(row.getRowNum(), anchorColumn), problems);
    }
}
