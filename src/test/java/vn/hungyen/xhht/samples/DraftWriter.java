package vn.hungyen.xhht.samples;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.hungyen.xhht.plan.Period;
import vn.hungyen.xhht.plan.Status;
import vn.hungyen.xhht.testing.WorkbookBuilder;

/** Writes a draft as a workbook in its styles: the same report, filled in the way its sender fills them in. */
final class DraftWriter {

    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final List<Integer> STANDARD_INDICATOR_COLUMNS = List.of(0, 1, 2, 3, 4, 5);
    private static final List<Integer> STANDARD_DELIVERABLE_COLUMNS = List.of(0, 1, 2, 3, 4);
    // Năm, Mã chỉ tiêu, Giá trị, Tử số, Mẫu số, Ghi chú / Trạng thái, Mã nhiệm vụ, Ghi chú, Số văn bản, Ngày
    private static final List<Integer> SHUFFLED_INDICATOR_COLUMNS = List.of(1, 0, 4, 2, 3, 5);
    private static final List<Integer> SHUFFLED_DELIVERABLE_COLUMNS = List.of(1, 0, 4, 3, 2);
    private static final Map<Status, String> STATUS_VI = Map.of(Status.DONE, "Hoàn thành",
            Status.IN_PROGRESS, "Đang thực hiện", Status.NOT_STARTED, "Chưa thực hiện");
    private static final int FIRST_DATA_ROW = 2;

    private DraftWriter() {
    }

    static void write(Draft draft, Path file) {
        if (draft.has(Style.FORMULA) && draft.has(Style.SHUFFLED_COLUMNS)) {
            throw new IllegalStateException(draft.path() + ": formulas are written for the standard columns only");
        }
        boolean english = draft.has(Style.ENGLISH);
        WorkbookBuilder workbook = WorkbookBuilder.workbook();
        if (english) {
            workbook.english();
        }
        workbook.unit(draft.unit().code()).unitName(draft.unit().name()).period(period(draft))
                .submittedOn(date(draft, draft.submittedOn())).preparedBy(draft.preparedBy());
        boolean shuffled = draft.has(Style.SHUFFLED_COLUMNS);
        table(workbook.sheet(english ? "Indicators" : "Chỉ tiêu"),
                english ? WorkbookBuilder.INDICATOR_HEADERS_EN : WorkbookBuilder.INDICATOR_HEADERS,
                shuffled ? SHUFFLED_INDICATOR_COLUMNS : STANDARD_INDICATOR_COLUMNS,
                indicatorRows(draft));
        table(workbook.sheet(english ? "Deliverables" : "Nhiệm vụ"),
                english ? WorkbookBuilder.DELIVERABLE_HEADERS_EN : WorkbookBuilder.DELIVERABLE_HEADERS,
                shuffled ? SHUFFLED_DELIVERABLE_COLUMNS : STANDARD_DELIVERABLE_COLUMNS,
                draft.duties().stream().map(d -> deliverableRow(draft, d)).toList());
        workbook.write(file);
        StableXlsx.settle(file, draft.submittedOn(), draft.preparedBy());
    }

    private static void table(WorkbookBuilder.SheetBuilder sheet, List<String> headers, List<Integer> columns,
                              List<List<Object>> rows) {
        sheet.row(reorder(new ArrayList<>(headers), columns));
        rows.forEach(r -> sheet.row(reorder(r, columns)));
    }

    private static Object[] reorder(List<?> cells, List<Integer> columns) {
        return columns.stream().map(cells::get).toArray();
    }

    private static List<List<Object>> indicatorRows(Draft draft) {
        List<List<Object>> rows = new ArrayList<>();
        for (ValueLine v : draft.values()) {
            int excelRow = FIRST_DATA_ROW + rows.size();
            rows.add(cells(v.indicator(), v.year(), v.numerator(), v.denominator(), value(draft, v, excelRow),
                    v.note()));
        }
        return rows;
    }

    private static Object value(Draft draft, ValueLine v, int excelRow) {
        if (v.typed() != null || v.value() == null) {
            return v.typed();
        }
        if (draft.has(Style.FORMULA) && v.hasCounts()) {
            return WorkbookBuilder.formula("C%d/D%d*100".formatted(excelRow, excelRow), "0.00");
        }
        double value = v.value();
        if (draft.has(Style.PERCENT_CELLS)) {
            return WorkbookBuilder.numeric(value / 100, value >= 99 ? "0.00%" : "0.0%");
        }
        if (draft.has(Style.DECIMAL_COMMA)) {
            return comma(value);
        }
        if (draft.has(Style.DECIMAL_COMMA_PERCENT)) {
            return comma(value) + "%";
        }
        return value;
    }

    private static List<Object> deliverableRow(Draft draft, DutyLine d) {
        String status = draft.has(Style.ENGLISH) ? d.status().name() : STATUS_VI.get(d.status());
        return cells(d.deliverable(), status, d.completedOn() == null ? null : date(draft, d.completedOn()),
                d.documentNo(), d.note());
    }

    private static List<Object> cells(Object... values) {
        return new ArrayList<>(Arrays.asList(values));
    }

    private static Object period(Draft draft) {
        Period p = draft.period();
        if (draft.has(Style.WORDED_PERIOD)) {
            return "6 tháng " + (p.half() == 1 ? "đầu" : "cuối") + " năm " + p.year();
        }
        return draft.has(Style.SLASHED_PERIOD) ? "H" + p.half() + "/" + p.year() : p.code();
    }

    private static Object date(Draft draft, LocalDate day) {
        if (draft.has(Style.TEXT_DATES)) {
            return DAY_FIRST.format(day);
        }
        return draft.has(Style.ISO_DATES) ? day.toString() : day;
    }

    private static String comma(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
