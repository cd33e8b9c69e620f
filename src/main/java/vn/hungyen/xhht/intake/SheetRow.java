package vn.hungyen.xhht.intake;

import java.util.List;

/** A row that the workbook stores, with its stored cells in column order. {@code number} is 0-based. */
record SheetRow(int number, List<SheetCell> cells) {

    /** The cell at a 0-based column; null when the row stores none there. */
    SheetCell cell(int column) {
        for (SheetCell cell : cells) {
            if (cell.column() == column) {
                return cell;
            }
        }
        return null;
    }
}
