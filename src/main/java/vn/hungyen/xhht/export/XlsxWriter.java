package vn.hungyen.xhht.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.hungyen.xhht.message.Language;

/**
 * A {@link Table} as an Excel workbook: one sheet, a bold heading row that stays in view and carries the
 * filter buttons, numbers as numbers and dates as dates (so that they sort and sum), fixed widths. Streamed
 * (SXSSF), so a long list never sits in memory as cell objects.
 */
final class XlsxWriter {

    private static final int ROWS_IN_MEMORY = 200;
    private static final int MAX_WIDTH = 255;

    private XlsxWriter() {
    }

    static byte[] write(Table table) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            try {
                return write(table, workbook);
            } finally {
                workbook.dispose(); // the rows streamed to temporary files
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] write(Table table, SXSSFWorkbook workbook) throws IOException {
        Styles styles = new Styles(workbook, table.language());
        Sheet sheet = workbook.createSheet(table.title());
        Row heading = sheet.createRow(0);
        for (int col = 0; col < table.headers().size(); col++) {
            Cell cell = heading.createCell(col);
            cell.setCellValue(table.headers().get(col));
            cell.setCellStyle(styles.heading);
            sheet.setColumnWidth(col, Math.min(table.widths().get(col), MAX_WIDTH) * 256);
        }
        int r = 1;
        for (List<Object> values : table.rows()) {
            Row row = sheet.createRow(r++);
            for (int col = 0; col < values.size(); col++) {
                set(row, col, values.get(col), styles);
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(r - 1, 0), 0, table.headers().size() - 1));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    private static void set(Row row, int col, Object value, Styles styles) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(col);
        if (value instanceof Double d) {
            cell.setCellValue(d);
            cell.setCellStyle(styles.decimal);
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
            cell.setCellStyle(styles.integer);
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(styles.date);
        } else {
            cell.setCellValue(value.toString());
        }
    }

    /** The workbook's styles, created once (a workbook holds a limited number). */
    private static final class Styles {

        final CellStyle heading;
        final CellStyle decimal;
        final CellStyle integer;
        final CellStyle date;

        Styles(SXSSFWorkbook workbook, Language language) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            heading = workbook.createCellStyle();
            heading.setFont(bold);
            decimal = format(workbook, "0.00");
            integer = format(workbook, "0");
            // as the pages write dates: 31/01/2021 in Vietnamese, 2021-01-31 in English
            date = format(workbook, language == Language.VI ? "dd/mm/yyyy" : "yyyy-mm-dd");
        }

        private static CellStyle format(SXSSFWorkbook workbook, String format) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            return style;
        }
    }
}
