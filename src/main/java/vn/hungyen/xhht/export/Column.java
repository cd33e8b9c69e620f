package vn.hungyen.xhht.export;

import java.util.function.Function;

/**
 * One column of an export.
 *
 * @param header the bundle key of its heading
 * @param width  its width in characters, for the workbook
 * @param value  the cell of a row: text, a number, a date, or null for an empty cell
 */
record Column<T>(String header, int width, Function<T, Object> value) {
}
