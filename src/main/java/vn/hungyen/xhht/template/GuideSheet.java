package vn.hungyen.xhht.template;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.hungyen.xhht.message.Messages;

/**
 * Sheet "Hướng dẫn": what to fill and how, in the language of the messages. The reader ignores the sheet;
 * the row counts it gives are those of the obligations the other sheets are written from.
 */
final class GuideSheet {

    private enum Kind { TITLE, HEADING, PARAGRAPH }

    private record Line(Kind kind, String text) {
    }

    private static final int WIDTH = 120;

    private final Styles styles;

    GuideSheet(Styles styles) {
        this.styles = styles;
    }

    void write(XSSFWorkbook workbook, Owed owed, Wording wording) {
        XSSFSheet sheet = workbook.createSheet(Contract.GUIDE);
        sheet.setColumnWidth(0, TableWriter.width(WIDTH));
        List<Line> lines = lines(owed, wording.messages(), wording.unit(owed.unit().code()));
        for (int r = 0; r < lines.size(); r++) {
            Line line = lines.get(r);
            if (!line.text().isEmpty()) {
                Cell cell = sheet.createRow(r).createCell(0);
                cell.setCellValue(line.text());
                cell.setCellStyle(style(line.kind()));
            }
        }
    }

    private static List<Line> lines(Owed owed, Messages messages, String unitName) {
        String year = String.valueOf(owed.period().year());
        String deadline = Deadline.of(owed.period(), messages);
        String values = owed.period().half() == 1 ? "H1" : rowsOrNone(owed.indicators());
        String statuses = rowsOrNone(owed.deliverables());
        Lines lines = new Lines(messages);
        lines.add(Kind.TITLE, "template.guide.title", messages.period(owed.period()), unitName, owed.unit().code());
        lines.add(Kind.PARAGRAPH, "template.guide.intro", deadline);
        lines.heading("template.guide.info.heading");
        lines.add(Kind.PARAGRAPH, "template.guide.info");
        lines.heading("template.guide.indicators.heading");
        lines.add(Kind.PARAGRAPH, "template.guide.indicators." + values,
                String.valueOf(owed.indicators().size()), year);
        if (values.equals("rows")) {
            lines.add(Kind.PARAGRAPH, "template.guide.indicators.target");
        }
        lines.heading("template.guide.deliverables.heading");
        lines.add(Kind.PARAGRAPH, "template.guide.deliverables." + statuses,
                String.valueOf(owed.deliverables().size()));
        if (statuses.equals("rows")) {
            lines.add(Kind.PARAGRAPH, "template.guide.deliverables.done");
        }
        lines.heading("template.guide.formats.heading");
        lines.add(Kind.PARAGRAPH, "template.guide.formats.dates");
        lines.add(Kind.PARAGRAPH, "template.guide.formats.percent");
        lines.heading("template.guide.deadlines.heading");
        lines.add(Kind.PARAGRAPH, "template.guide.deadlines", deadline);
        lines.heading("template.guide.notes.heading");
        lines.add(Kind.PARAGRAPH, "template.guide.notes");
        return lines.lines;
    }

    private static String rowsOrNone(List<?> rows) {
        return rows.isEmpty() ? "none" : "rows";
    }

    private CellStyle style(Kind kind) {
        return switch (kind) {
            case TITLE -> styles.title();
            case HEADING -> styles.heading();
            case PARAGRAPH -> styles.paragraph();
        };
    }

    private static final class Lines {

        private final Messages messages;
        private final List<Line> lines = new ArrayList<>();

        Lines(Messages messages) {
            this.messages = messages;
        }

        void add(Kind kind, String key, Object... args) {
            lines.add(new Line(kind, messages.text(key, args)));
        }

        /** A heading after an empty row, which sets the sections apart. */
        void heading(String key) {
            lines.add(new Line(Kind.PARAGRAPH, ""));
            add(Kind.HEADING, key);
        }
    }
}
