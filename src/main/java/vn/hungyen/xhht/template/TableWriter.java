package vn.hungyen.xhht.template;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes a {@link Table} as a sheet: bold frozen header, formatted cells, Excel's checks on the inputs. */
final class TableWriter {

    /** Rows that keep the formats and checks below the owed ones, for a row the sender adds. */
    static final int SPARE_ROWS = 200;

    private final Styles styles;
    private final Validations validations;

    TableWriter(Styles styles, Validations validations) {
        this.styles = styles;
        this.validations = validations;
    }

    void write(XSSFWorkbook workbook, Table table) {
        XSSFSheet sheet = workbook.createSheet(table.name());
        List<Column> columns = table.columns();
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            Cell cell = header.createCell(c);
            cell.setCellValue(column.header());
            cell.setCellStyle(styles.header());
            sheet.setColumnWidth(c, width(column.width()));
            // a row typed below the owed ones gets the column's format too
            sheet.setDefaultColumnStyle(c, styles.column(column.input()));
        }
        for (int r = 0; r < table.rows().size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<Object> values = table.rows().get(r);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = row.createCell(c);
                cell.setCellStyle(styles.of(columns.get(c).input()));
                set(cell, values.get(c));
            }
        }
        sheet.createFreezePane(0, 1);
        int lastRow = table.rows().size() + SPARE_ROWS;
        for (int c = 0; c < columns.size(); c++) {
            validations.apply(sheet, columns.get(c).input(), new CellRangeAddressList(1, lastRow, c, c));
        }
    }

    /** Excel's unit of column width, 1/256 of a character. */
    static int width(int characters) {
        return characters * 256;
    }

    private static void set(Cell cell, Object value) {
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value != null) {
            cell.setCellValue(value.toString());
        }
    }
}
