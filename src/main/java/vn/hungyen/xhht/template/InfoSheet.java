package vn.hungyen.xhht.template;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.hungyen.xhht.message.Messages;

/**
 * Sheet "Thông tin": labels in column A and values in column B, as the reader looks for them, with a hint
 * for the sender in column C, which the reader ignores. What the template knows is filled in; the sending
 * date and the preparer are the sender's.
 */
final class InfoSheet {

    private record Line(String label, String value, Input input, String hint) {
    }

    private static final int[] WIDTHS = {18, 45, 70};

    private final Styles styles;
    private final Validations validations;

    InfoSheet(Styles styles, Validations validations) {
        this.styles = styles;
        this.validations = validations;
    }

    void write(XSSFWorkbook workbook, Owed owed, Wording wording) {
        Messages messages = wording.messages();
        String code = owed.unit().code();
        String given = messages.text("template.info.given");
        List<Line> lines = List.of(
                new Line(Contract.UNIT, code, Input.PREFILLED, given),
                new Line(Contract.UNIT_NAME, wording.unit(code), Input.PREFILLED, given),
                new Line(Contract.PERIOD, owed.period().code(), Input.PREFILLED,
                        messages.text("template.info.period", messages.period(owed.period()))),
                new Line(Contract.SUBMITTED_ON, null, Input.DATE,
                        messages.text("template.info.submittedOn", Deadline.of(owed.period(), messages))),
                new Line(Contract.PREPARED_BY, null, Input.TEXT, messages.text("template.info.preparedBy")));
        XSSFSheet sheet = workbook.createSheet(Contract.INFO);
        for (int r = 0; r < lines.size(); r++) {
            Line line = lines.get(r);
            Row row = sheet.createRow(r);
            cell(row, 0, line.label(), styles.header());
            cell(row, 1, line.value(), styles.of(line.input()));
            cell(row, 2, line.hint(), styles.of(Input.REFERENCE));
            validations.apply(sheet, line.input(), new CellRangeAddressList(r, r, 1, 1));
        }
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, TableWriter.width(WIDTHS[c]));
        }
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value);
        }
    }
}
