package vn.hungyen.xhht.template;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The cell styles of one template workbook, made once each: Excel limits how many a file may hold. */
final class Styles {

    private final XSSFWorkbook workbook;
    private final Map<Input, CellStyle> inputs = new EnumMap<>(Input.class);
    private final Map<Input, CellStyle> columns = new EnumMap<>(Input.class);
    private final CellStyle header;
    private final CellStyle title;
    private final CellStyle heading;
    private final CellStyle paragraph;

    Styles(XSSFWorkbook workbook) {
        this.workbook = workbook;
        for (Input input : Input.values()) {
            inputs.put(input, input(input));
            columns.put(input, formatOnly(input));
        }
        header = bordered(font(true, false, IndexedColors.BLACK, 11));
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        title = wrapped(font(true, false, IndexedColors.BLACK, 14));
        heading = wrapped(font(true, false, IndexedColors.BLACK, 11));
        paragraph = wrapped(font(false, false, IndexedColors.BLACK, 11));
    }

    /** A cell of the template: bordered, shaded when pre-filled. */
    CellStyle of(Input input) {
        return inputs.get(input);
    }

    /**
     * What a cell typed below the template's rows gets: the format alone, as borders and shading on a whole
     * column would run down to Excel's last row.
     */
    CellStyle column(Input input) {
        return columns.get(input);
    }

    /** Header cells and the labels of "Thông tin". */
    CellStyle header() {
        return header;
    }

    CellStyle title() {
        return title;
    }

    CellStyle heading() {
        return heading;
    }

    CellStyle paragraph() {
        return paragraph;
    }

    private CellStyle input(Input input) {
        XSSFCellStyle style = bordered(input == Input.REFERENCE
                ? font(false, true, IndexedColors.GREY_50_PERCENT, 11)
                : font(false, false, IndexedColors.BLACK, 11));
        style.setDataFormat(workbook.createDataFormat().getFormat(format(input)));
        style.setVerticalAlignment(VerticalAlignment.TOP);
        if (input == Input.PREFILLED) {
            // shaded like the header, to say "given, not yours to change"
            style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        style.setWrapText(input == Input.REFERENCE);
        return style;
    }

    private CellStyle formatOnly(Input input) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format(input)));
        return style;
    }

    private static String format(Input input) {
        return switch (input) {
            case PREFILLED -> "General";
            case TEXT, STATUS, REFERENCE -> "@";
            case COUNT, POSITIVE_COUNT -> "0";
            // a plain number, as the header "Giá trị (%)" says: in a "0.00%" cell, 99,8 pasted or written by
            // a script would show as 9980% and read as out of range
            case PERCENT -> "0.00";
            case DATE -> "dd/mm/yyyy";
        };
    }

    private XSSFCellStyle bordered(XSSFFont font) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    private XSSFCellStyle wrapped(XSSFFont font) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    private XSSFFont font(boolean bold, boolean italic, IndexedColors color, int points) {
        XSSFFont font = workbook.createFont();
        font.setBold(bold);
        font.setItalic(italic);
        font.setColor(color.getIndex());
        font.setFontHeightInPoints((short) points);
        return font;
    }
}
