package vn.hungyen.xhht.intake;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.hungyen.xhht.plan.Period;

/** Sheet "Thông tin": labels in column A, their values in column B. */
final class InfoSheet {

    static final Term SHEET = new Term("Thông tin", "Info");

    private static final Term UNIT = new Term("Mã đơn vị", "Unit code");
    private static final Term UNIT_NAME = new Term("Tên đơn vị", "Unit name");
    private static final Term PERIOD = new Term("Kỳ báo cáo", "Period");
    private static final Term SUBMITTED_ON = new Term("Ngày gửi", "Submitted on");
    private static final Term PREPARED_BY = new Term("Người lập", "Prepared by");
    private static final List<Term> LABELS = List.of(UNIT, UNIT_NAME, PERIOD, SUBMITTED_ON, PREPARED_BY);

    private static final int LABEL_COLUMN = 0;
    private static final int VALUE_COLUMN = 1;

    /** What the sheet says; a required field is null when it could not be read. */
    record Info(String unit, String unitName, Period period, LocalDate submittedOn, String preparedBy,
                Source submittedOnSource) {

        boolean isComplete() {
            return unit != null && period != null && submittedOn != null;
        }
    }

    private final Parser<String> unit;
    private final KnownCodes codes;

    InfoSheet(KnownCodes codes) {
        this.unit = CellValues.code(codes::isUnit, Problem.UNKNOWN_UNIT);
        this.codes = codes;
    }

    /** A label given twice is taken where it first appears. */
    Info read(Grid sheet, String file, List<IntakeProblem> problems) {
        Place place = new Place(file, sheet.name());
        Map<Term, Fields.Located> values = new HashMap<>();
        for (SheetRow row : sheet.rows()) {
            Term.find(LABELS, CellValues.text(row.cell(LABEL_COLUMN))).ifPresent(label ->
                    values.putIfAbsent(label, new Fields.Located(row.cell(VALUE_COLUMN),
                            place.cell(row.number(), VALUE_COLUMN))));
        }
        Fields info = new Fields(values, place.whole(), problems);
        return new Info(info.required(UNIT, unit), info.text(UNIT_NAME), info.required(PERIOD, this::period),
                info.required(SUBMITTED_ON, CellValues::date), info.text(PREPARED_BY), info.source(SUBMITTED_ON));
    }

    private Parsed<Period> period(SheetCell cell) {
        String text = CellValues.text(cell);
        return Period.parse(text)
                .map(p -> codes.isPlanPeriod(p) ? Parsed.ok(p)
                        : Parsed.<Period>bad(Problem.PERIOD_OUTSIDE_PLAN, p.code(), codes.planPeriods()))
                .orElseGet(() -> Parsed.bad(Problem.BAD_PERIOD, text));
    }
}
