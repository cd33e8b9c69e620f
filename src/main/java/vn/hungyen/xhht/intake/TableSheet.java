package vn.hungyen.xhht.intake;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A sheet laid out as one header row (its first non-empty row) and then one record per row, the layout of
 * "Chỉ tiêu" and "Nhiệm vụ". Rows are streamed: only the records read are kept.
 */
abstract class TableSheet<T> {

    private final List<Term> fields;
    private final List<Term> required;
    private final Term code;
    private final Term anchor;

    /**
     * {@code code} is the field a duplicate row is reported at; {@code anchor} the field that stands for the
     * row when a field's column is absent.
     */
    TableSheet(List<Term> fields, List<Term> required, Term code, Term anchor) {
        this.fields = fields;
        this.required = required;
        this.code = code;
        this.anchor = anchor;
    }

    /** The required fields the header lacks; any means the sheet gives no rows. */
    List<Term> missing(Header header) {
        return required.stream().filter(field -> !header.has(field)).toList();
    }

    /** The record of a row, or null when its fields reported a problem. */
    abstract T read(Fields row);

    /** What makes two records the same, such as the indicator and year. */
    abstract Object key(T record);

    abstract String code(T record);

    final List<T> read(Grid sheet, String file, List<IntakeProblem> problems) {
        return read(sheet, file, problems, ReadLimits.REPORT.rowsPerSheet());
    }

    /** The records of the sheet; more than {@code maxRows} filled rows refuse the file, at the first row too many. */
    final List<T> read(Grid sheet, String file, List<IntakeProblem> problems, int maxRows) {
        Place place = new Place(file, sheet.name());
        List<T> records = new ArrayList<>();
        Map<Object, String> firstCells = new HashMap<>();
        Header header = null;
        int filled = 0;
        for (SheetRow row : sheet.rows()) {
            if (CellValues.isEmpty(row)) {
                continue;
            }
            if (header == null) {
                header = Header.of(row, fields, place);
                List<Term> missing = missing(header);
                if (!missing.isEmpty()) {
                    for (Term field : missing) {
                        problems.add(IntakeProblem.of(header.source(), Problem.MISSING_COLUMN, field.vietnamese()));
                    }
                    return List.of();
                }
                continue;
            }
            if (++filled > maxRows) {
                throw new Refused(sheet.name(), place.cell(row.number(), 0).cell(), Problem.TOO_MANY_ROWS, maxRows);
            }
            Fields fieldsOfRow = header.fields(row, anchor, problems);
            T record = read(fieldsOfRow);
            if (record != null) {
                Source at = fieldsOfRow.source(code);
                String first = firstCells.putIfAbsent(key(record), at.cell());
                if (first == null) {
                    records.add(record);
                } else {
                    fieldsOfRow.problem(at, Problem.DUPLICATE_ROW, code(record), first);
                }
            }
        }
        return Collections.unmodifiableList(records);
    }
}
