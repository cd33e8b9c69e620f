package vn.hungyen.xhht.intake;

import org.apache.poi.ss.util.CellReference;

/** A sheet of a file, by the name the workbook gives it, so problems can point into it. */
record Place(String file, String sheet) {

    Source whole() {
        return Source.sheet(file, sheet);
    }

    /** The cell at 0-based {@code row} and {@code column}, whether or not the workbook stores it. */
    Source cell(int row, int column) {
        return new Source(file, sheet, CellReference.convertNumToColString(column) + (row + 1));
    }
}
