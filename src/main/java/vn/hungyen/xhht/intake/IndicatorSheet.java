package vn.hungyen.xhht.intake;

import java.util.ArrayList;
import java.util.List;
import vn.hungyen.xhht.plan.Period;

/** Sheet "Chỉ tiêu": one value of an indicator for a year per row. */
final class IndicatorSheet extends TableSheet<ValueRow> {

    static final Term SHEET = new Term("Chỉ tiêu", "Indicators");

    private static final Term INDICATOR = new Term("Mã chỉ tiêu", "Indicator");
    private static final Term YEAR = new Term("Năm", "Year");
    private static final Term NUMERATOR = new Term("Tử số", "Numerator");
    private static final Term DENOMINATOR = new Term("Mẫu số", "Denominator");
    private static final Term VALUE = new Term("Giá trị (%)", "Value %");
    private static final Term NOTE = new Term("Ghi chú", "Note");

    private static final int FIRST_YEAR = 2010;
    // value and counts are typed separately, and rounding either is no error
    private static final long TOLERANCE_MILLIONTHS = 50_000;

    private static final Parser<Long> WHOLE = CellValues::wholeNumber;
    private static final Parser<Long> NUMERATOR_COUNT = WHOLE.within(n -> n >= 0, "≥ 0");
    private static final Parser<Long> DENOMINATOR_COUNT = WHOLE.within(n -> n > 0, "> 0");
    private static final Parser<Double> PERCENT = CellValues::percent;
    private static final Parser<Double> PERCENT_0_100 = PERCENT.within(v -> v >= 0 && v <= 100, "0–100");
    // catalog reading 9: a gap is negative when the second group is ahead, and that is data, not an error
    private static final Parser<Double> DIFFERENCE = PERCENT.within(v -> v >= -100 && v <= 100, "−100–100");

    private final KnownCodes codes;
    private final Parser<String> indicator;
    private final Parser<Long> year;

    /** {@code period} bounds the years a row may describe; null when the report's period is unreadable. */
    IndicatorSheet(KnownCodes codes, Period period) {
        super(List.of(INDICATOR, YEAR, NUMERATOR, DENOMINATOR, VALUE, NOTE), List.of(INDICATOR, YEAR),
                INDICATOR, NUMERATOR);
        this.codes = codes;
        this.indicator = CellValues.code(codes::isIndicator, Problem.UNKNOWN_INDICATOR);
        this.year = period == null
                ? WHOLE.within(y -> y >= FIRST_YEAR, "≥ " + FIRST_YEAR)
                : WHOLE.within(y -> y >= FIRST_YEAR && y <= period.year(), FIRST_YEAR + "–" + period.year());
    }

    @Override
    List<Term> missing(Header header) {
        List<Term> missing = new ArrayList<>(super.missing(header));
        // the value may be left to the counts, but then both count columns are needed
        if (!header.has(VALUE) && !(header.has(NUMERATOR) && header.has(DENOMINATOR))) {
            missing.add(VALUE);
        }
        return missing;
    }

    @Override
    ValueRow read(Fields row) {
        String code = row.required(INDICATOR, indicator);
        Long yearValue = row.required(YEAR, year);
        Long numerator = row.optional(NUMERATOR, NUMERATOR_COUNT);
        Long denominator = row.optional(DENOMINATOR, DENOMINATOR_COUNT);
        Parser<Double> range = code != null && codes.isDifference(code) ? DIFFERENCE : PERCENT_0_100;
        Double value = row.isBlank(NUMERATOR) || row.isBlank(DENOMINATOR)
                ? row.required(VALUE, range)
                : row.optional(VALUE, range);
        if (!row.isOk()) {
            row.ofRow(code, yearValue == null ? null : yearValue.intValue());
            return null;
        }
        Double computed = null;
        if (numerator != null && denominator != null) {
            if (numerator > denominator) {
                row.problem(row.source(NUMERATOR), Problem.OUT_OF_RANGE,
                        CellValues.show(numerator), "0–" + denominator);
                row.ofRow(code, yearValue.intValue());
                return null;
            }
            computed = CellValues.normalise(numerator * 100.0 / denominator);
        }
        if (value != null && computed != null
                && Math.abs(Math.round(value * 1e6) - Math.round(computed * 1e6)) > TOLERANCE_MILLIONTHS) {
            row.problem(row.source(VALUE), Problem.COUNTS_DISAGREE, CellValues.show(value), CellValues.show(computed));
            row.ofRow(code, yearValue.intValue());
            return null;
        }
        boolean given = value != null;
        return new ValueRow(code, yearValue.intValue(), numerator, denominator, given ? value : computed,
                row.text(NOTE), row.source(given ? VALUE : NUMERATOR));
    }

    @Override
    Object key(ValueRow row) {
        return List.of(row.indicator(), row.year());
    }

    @Override
    String code(ValueRow row) {
        return row.indicator();
    }
}
