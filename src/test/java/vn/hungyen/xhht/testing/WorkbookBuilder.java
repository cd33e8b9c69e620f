package vn.hungyen.xhht.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds real report workbooks (.xlsx) for tests and sample data, following the workbook contract
 * (report-template.md §1). The convenience methods write the contract's Vietnamese sheet names, labels
 * and headers, or the English aliases after {@link #english()}; {@link #sheet(String)} gives full control
 * over any sheet, row and cell.
 *
 * <pre>{@code
 * Path file = WorkbookBuilder.report("H_VANLAM", "2015-H2", LocalDate.of(2016, 1, 10))
 *         .indicator("LIT_15_60", 2015, 99.8)                              // value only
 *         .indicator("OFF_IT", 2015, 45, 50, null)                          // value computed from counts
 *         .indicator("WRK_IT_FL", 2015, null, null, WorkbookBuilder.percent(0.35))
 *         .deliverable("PL01", "Hoàn thành", LocalDate.of(2015, 3, 1), "45/KH-UBND")
 *         .sheet("Chỉ tiêu").emptyRow().row("OFF_IT", 2014, null, null, "88,5%").and()
 *         .write(dir.resolve("vanlam-2015-H2.xlsx"));
 * }</pre>
 *
 * Cell values given as {@code Object}: {@code null} leaves the cell out; {@link String}, {@link Number},
 * {@link Boolean} are written as such; a {@link LocalDate} is an Excel date cell formatted dd/mm/yyyy;
 * {@link #percent(double)}, {@link #numeric(double, String)}, {@link #formula(String)} and {@link #blank()}
 * give the other kinds of cell. Formulas are evaluated on {@link #write(Path)} so their cached values are
 * stored, as Excel would.
 */
public final class WorkbookBuilder {

    public static final List<String> INFO_LABELS =
            List.of("Mã đơn vị", "Tên đơn vị", "Kỳ báo cáo", "Ngày gửi", "Người lập");
    public static final List<String> INFO_LABELS_EN =
            List.of("Unit code", "Unit name", "Period", "Submitted on", "Prepared by");
    public static final List<String> INDICATOR_HEADERS =
            List.of("Mã chỉ tiêu", "Năm", "Tử số", "Mẫu số", "Giá trị (%)", "Ghi chú");
    public static final List<String> INDICATOR_HEADERS_EN =
            List.of("Indicator", "Year", "Numerator", "Denominator", "Value %", "Note");
    public static final List<String> DELIVERABLE_HEADERS =
            List.of("Mã nhiệm vụ", "Trạng thái", "Ngày hoàn thành", "Số văn bản", "Ghi chú");
    public static final List<String> DELIVERABLE_HEADERS_EN =
            List.of("Deliverable", "Status", "Completed on", "Document no.", "Note");

    /** A cell of a particular kind; see the factory methods of {@link WorkbookBuilder}. */
    public sealed interface CellValue permits Numeric, Formula, Blank {
    }

    /** A numeric cell shown with an Excel data format, e.g. {@code 0.0%}. */
    public record Numeric(double value, String format) implements CellValue {
    }

    /** A formula such as {@code B2/C2*100} (no leading '='); its cached value is stored on write. */
    public record Formula(String formula, String format) implements CellValue {
    }

    /** A cell that exists but holds nothing (as left behind by clearing a formatted cell). */
    public record Blank() implements CellValue {
    }

    private final Map<String, SheetBuilder> sheets = new LinkedHashMap<>();
    private String infoName = "Thông tin";
    private String indicatorsName = "Chỉ tiêu";
    private String deliverablesName = "Nhiệm vụ";
    private List<String> infoLabels = INFO_LABELS;
    private List<String> indicatorHeaders = INDICATOR_HEADERS;
    private List<String> deliverableHeaders = DELIVERABLE_HEADERS;

    /** An empty workbook: no sheets at all. */
    public static WorkbookBuilder workbook() {
        return new WorkbookBuilder();
    }

    /** A workbook whose info sheet gives the unit code, the period and the submission date (an Excel date cell). */
    public static WorkbookBuilder report(String unit, String period, LocalDate submittedOn) {
        return new WorkbookBuilder().unit(unit).period(period).submittedOn(submittedOn);
    }

    public static Numeric percent(double fraction) {
        return new Numeric(fraction, "0.0%");
    }

    public static Numeric numeric(double value, String format) {
        return new Numeric(value, format);
    }

    public static Formula formula(String formula) {
        return new Formula(formula, null);
    }

    public static Formula formula(String formula, String format) {
        return new Formula(formula, format);
    }

    public static Blank blank() {
        return new Blank();
    }

    /**
     * Uses the English sheet names, labels and headers for the sheets the convenience methods create
     * from now on (call it before them).
     */
    public WorkbookBuilder english() {
        return names("Info", "Indicators", "Deliverables")
                .infoLabels(INFO_LABELS_EN)
                .indicatorHeaders(INDICATOR_HEADERS_EN)
                .deliverableHeaders(DELIVERABLE_HEADERS_EN);
    }

    /** The names the convenience methods use for the three sheets (call it before them). */
    public WorkbookBuilder names(String info, String indicators, String deliverables) {
        infoName = info;
        indicatorsName = indicators;
        deliverablesName = deliverables;
        return this;
    }

    /** Labels in the order of {@link #INFO_LABELS}: unit code, unit name, period, submitted on, prepared by. */
    public WorkbookBuilder infoLabels(List<String> labels) {
        infoLabels = List.copyOf(labels);
        return this;
    }

    /** The header row written when the indicator sheet is first created; its columns keep the standard order. */
    public WorkbookBuilder indicatorHeaders(List<String> headers) {
        indicatorHeaders = List.copyOf(headers);
        return this;
    }

    /** The header row written when the deliverable sheet is first created; its columns keep the standard order. */
    public WorkbookBuilder deliverableHeaders(List<String> headers) {
        deliverableHeaders = List.copyOf(headers);
        return this;
    }

    public WorkbookBuilder unit(Object code) {
        return info(infoLabels.get(0), code);
    }

    public WorkbookBuilder unitName(Object name) {
        return info(infoLabels.get(1), name);
    }

    public WorkbookBuilder period(Object period) {
        return info(infoLabels.get(2), period);
    }

    public WorkbookBuilder submittedOn(Object date) {
        return info(infoLabels.get(3), date);
    }

    public WorkbookBuilder preparedBy(Object name) {
        return info(infoLabels.get(4), name);
    }

    /** One label/value row of the info sheet, creating the sheet if needed. */
    public WorkbookBuilder info(String label, Object value) {
        sheet(infoName).row(label, value);
        return this;
    }

    /** The info sheet itself (created empty if needed), for raw rows. */
    public SheetBuilder infoSheet() {
        return sheet(infoName);
    }

    public WorkbookBuilder indicator(String code, int year, double value) {
        return indicator(code, year, null, null, value);
    }

    /** A row of the indicator sheet: code, year, numerator, denominator, value; any may be null or a raw cell. */
    public WorkbookBuilder indicator(Object code, Object year, Object numerator, Object denominator, Object value) {
        return indicator(code, year, numerator, denominator, value, null);
    }

    public WorkbookBuilder indicator(Object code, Object year, Object numerator, Object denominator, Object value,
                                     Object note) {
        indicatorSheet().row(code, year, numerator, denominator, value, note);
        return this;
    }

    /** The indicator sheet with its header row (created if needed), for raw rows. */
    public SheetBuilder indicatorSheet() {
        return tableSheet(indicatorsName, indicatorHeaders);
    }

    public WorkbookBuilder deliverable(Object code, Object status, Object completedOn, Object documentNo) {
        return deliverable(code, status, completedOn, documentNo, null);
    }

    public WorkbookBuilder deliverable(Object code, Object status, Object completedOn, Object documentNo,
                                       Object note) {
        deliverableSheet().row(code, status, completedOn, documentNo, note);
        return this;
    }

    /** The deliverable sheet with its header row (created if needed), for raw rows. */
    public SheetBuilder deliverableSheet() {
        return tableSheet(deliverablesName, deliverableHeaders);
    }

    /** The sheet of that exact name, created (empty, after the existing ones) if needed. */
    public SheetBuilder sheet(String name) {
        return sheets.computeIfAbsent(name, SheetBuilder::new);
    }

    private SheetBuilder tableSheet(String name, List<String> headers) {
        SheetBuilder sheet = sheets.get(name);
        if (sheet == null) {
            sheet = sheet(name).row(headers.toArray());
        }
        return sheet;
    }

    /** Writes the workbook to {@code file} (creating parent folders) and returns it. */
    public Path write(Path file) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            for (SheetBuilder sheet : sheets.values()) {
                sheet.writeTo(workbook.createSheet(sheet.name), styles);
            }
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows of one sheet. Row numbers are 0-based as in POI: the first row written is Excel row 1. */
    public final class SheetBuilder {

        private final String name;
        private final Map<Integer, List<Object>> rows = new LinkedHashMap<>();
        private int next;

        private SheetBuilder(String name) {
            this.name = name;
        }

        /** The next row, cells from column A. */
        public SheetBuilder row(Object... cells) {
            return rowAt(next, cells);
        }

        /** Row {@code index} (0-based), cells from column A; later rows follow it. */
        public SheetBuilder rowAt(int index, Object... cells) {
            rows.put(index, new ArrayList<>(Arrays.asList(cells)));
            next = index + 1;
            return this;
        }

        /** Leaves the next row out of the file entirely. */
        public SheetBuilder emptyRow() {
            next++;
            return this;
        }

        /** Excel row number (1-based) that the next {@link #row} call writes. */
        public int nextExcelRow() {
            return next + 1;
        }

        public String name() {
            return name;
        }

        /** Back to the workbook, to chain on. */
        public WorkbookBuilder and() {
            return WorkbookBuilder.this;
        }

        private void writeTo(Sheet sheet, Styles styles) {
            rows.forEach((index, cells) -> {
                Row row = sheet.createRow(index);
                for (int col = 0; col < cells.size(); col++) {
                    Object value = cells.get(col);
                    if (value != null) {
                        set(row.createCell(col), value, styles);
                    }
                }
            });
        }

        private void set(Cell cell, Object value, Styles styles) {
            if (value instanceof String s) {
                cell.setCellValue(s);
            } else if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (value instanceof Boolean b) {
                cell.setCellValue(b);
            } else if (value instanceof LocalDate d) {
                cell.setCellValue(d);
                cell.setCellStyle(styles.of("dd/mm/yyyy"));
            } else if (value instanceof Numeric n) {
                cell.setCellValue(n.value());
                cell.setCellStyle(styles.of(n.format()));
            } else if (value instanceof Formula f) {
                cell.setCellFormula(f.formula());
                if (f.format() != null) {
                    cell.setCellStyle(styles.of(f.format()));
                }
            } else if (value instanceof Blank) {
                cell.setBlank();
            } else {
                throw new IllegalArgumentException("cannot write a " + value.getClass().getName());
            }
        }
    }

    /** One style per data format, as Excel shares them. */
    private static final class Styles {

        private final XSSFWorkbook workbook;
        private final Map<String, CellStyle> byFormat = new LinkedHashMap<>();

        Styles(XSSFWorkbook workbook) {
            this.workbook = workbook;
        }

        CellStyle of(String format) {
            return byFormat.computeIfAbsent(format, f -> {
                CellStyle style = workbook.createCellStyle();
                style.setDataFormat(workbook.createDataFormat().getFormat(f));
                return style;
            });
        }
    }
}
