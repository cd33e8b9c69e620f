package vn.hungyen.xhht.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hungyen.xhht.intake.Reading.problems;
import static vn.hungyen.xhht.intake.Reading.read;
import static vn.hungyen.xhht.intake.Reading.report;
import static vn.hungyen.xhht.testing.WorkbookBuilder.formula;
import static vn.hungyen.xhht.testing.WorkbookBuilder.numeric;
import static vn.hungyen.xhht.testing.WorkbookBuilder.percent;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.hungyen.xhht.testing.WorkbookBuilder;

class IndicatorSheetReadingTest {

    @TempDir
    Path dir;

    private List<ValueRow> values(WorkbookBuilder workbook) {
        Intake intake = read(dir, workbook);
        assertThat(problems(intake)).isEmpty();
        return Reading.report(intake).values();
    }

    private ValueRow onlyValue(WorkbookBuilder workbook) {
        List<ValueRow> values = values(workbook);
        assertThat(values).hasSize(1);
        return values.get(0);
    }

    @Test
    void readsAValueRow() {
        ValueRow row = onlyValue(valid().indicator("LIT_15_60", 2015, null, null, 99.8, "điều tra 2015"));

        assertThat(row).isEqualTo(new ValueRow("LIT_15_60", 2015, null, null, 99.8, "điều tra 2015",
                new Source("f.xlsx", "Chỉ tiêu", "E2")));
    }

    @Test
    void readsEnglishSheetAndHeaders() {
        ValueRow row = onlyValue(WorkbookBuilder.workbook().english()
                .unit("H_VANLAM").period("2015-H2").submittedOn(Reading.SUBMITTED)
                .indicator("OFF_IT", 2014, 45, 50, 90));

        assertThat(row).isEqualTo(new ValueRow("OFF_IT", 2014, 45L, 50L, 90.0, null,
                new Source("f.xlsx", "Indicators", "E2")));
    }

    @Test
    void matchesNfdSheetNameAndHeadersInAnyOrderAmongExtraColumns() {
        String sheet = Normalizer.normalize("CHỈ TIÊU", Normalizer.Form.NFD);
        WorkbookBuilder workbook = valid();
        workbook.sheet(sheet)
                .row("STT", nfd("Ghi chú"), nfd("Giá trị  %"), "Đơn vị tính", nfd("năm"), nfd("mã chỉ tiêu"))
                .row(1, "ước tính", 88.5, "%", 2015, "off_it");

        ValueRow row = onlyValue(workbook);

        assertThat(row).isEqualTo(new ValueRow("OFF_IT", 2015, null, null, 88.5, "ước tính",
                new Source("f.xlsx", sheet, "C2")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Gia tri %", "Giá trị(%)", "Value %", "Value (%)", "VALUE"})
    void acceptsValueHeaderVariants(String header) {
        WorkbookBuilder workbook = valid();
        workbook.sheet("Chỉ tiêu").row("Indicator", "Year", header).row("OFF_IT", 2015, 70);

        assertThat(onlyValue(workbook).percent()).isEqualTo(70.0);
    }

    @Test
    void readsEveryFormOfPercentage() {
        List<ValueRow> values = values(valid()
                .indicator("LIT_15_60", 2015, 99.8)
                .indicator("LIT_15_60", 2014, null, null, percent(0.998))
                .indicator("LIT_15_60", 2013, null, null, numeric(0.5, "0%"))
                .indicator("LIT_15_60", 2012, null, null, numeric(0.2575, "[Blue]0.00%;[Red]-0.00%"))
                .indicator("OFF_IT", 2015, null, null, "99,8")
                .indicator("OFF_IT", 2014, null, null, "99,8%")
                .indicator("OFF_IT", 2013, null, null, " 99.8 % ")
                .indicator("OFF_IT", 2012, null, null, "100")
                .indicator("WRK_IT_FL", 2015, null, null, numeric(99.8, "0.0\"%\""))
                .indicator("WRK_IT_FL", 2014, null, null, numeric(99.8, "0.0\\%"))
                .indicator("WRK_IT_FL", 2013, null, null, 0));

        assertThat(values).extracting(ValueRow::percent)
                .containsExactly(99.8, 99.8, 50.0, 25.75, 99.8, 99.8, 99.8, 100.0, 99.8, 99.8, 0.0);
    }

    @Test
    void computesValueFromCountsAndPointsAtTheNumerator() {
        ValueRow row = onlyValue(valid().indicator("OFF_IT", 2015, 998, 1000, null));

        assertThat(row).isEqualTo(new ValueRow("OFF_IT", 2015, 998L, 1000L, 99.8, null,
                new Source("f.xlsx", "Chỉ tiêu", "C2")));
    }

    @Test
    void normalisesComputedValues() {
        List<ValueRow> values = values(valid()
                .indicator("OFF_IT", 2015, 2, 3, null)
                .indicator("OFF_IT", 2014, 1, 7, null));

        assertThat(values).extracting(ValueRow::percent).containsExactly(66.666667, 14.285714);
    }

    @Test
    void readsCountsAsTextWithThousandsSeparators() {
        List<ValueRow> values = values(valid()
                .indicator("OFF_IT", 2015, "12.345", "24.690", null)
                .indicator("OFF_IT", 2014, "1,000", "2,000,000", null)
                .indicator("OFF_IT", 2013, "1 500", "3\u00A0000", null)
                .indicator("OFF_IT", 2012, " 7 ", "70", null));

        assertThat(values).extracting(ValueRow::numerator).containsExactly(12_345L, 1_000L, 1_500L, 7L);
        assertThat(values).extracting(ValueRow::denominator).containsExactly(24_690L, 2_000_000L, 3_000L, 70L);
        assertThat(values).extracting(ValueRow::percent).containsExactly(50.0, 0.05, 50.0, 10.0);
    }

    @Test
    void keepsAValueGivenWithOneCount() {
        ValueRow row = onlyValue(valid().indicator("OFF_IT", 2015, 45, null, 90));

        assertThat(row).isEqualTo(new ValueRow("OFF_IT", 2015, 45L, null, 90.0, null,
                new Source("f.xlsx", "Chỉ tiêu", "E2")));
    }

    @Test
    void readsFormulaCellsByTheirCachedValues() {
        WorkbookBuilder workbook = valid();
        workbook.indicatorSheet()
                .row("OFF_IT", formula("2014+1"), 45, 50, formula("C2/D2*100"))
                .row("LIT_15_60", 2015, formula("C2*2"), formula("D2*2"), formula("E2", "0.0"))
                .row(formula("\"WRK_IT_FL\""), 2015, null, null, formula("C2/D2", "0.00%"), formula("\"ghi\"&\"chú\""));

        List<ValueRow> values = values(workbook);

        assertThat(values).containsExactly(
                new ValueRow("OFF_IT", 2015, 45L, 50L, 90.0, null, new Source("f.xlsx", "Chỉ tiêu", "E2")),
                new ValueRow("LIT_15_60", 2015, 90L, 100L, 90.0, null, new Source("f.xlsx", "Chỉ tiêu", "E3")),
                new ValueRow("WRK_IT_FL", 2015, null, null, 90.0, "ghichú", new Source("f.xlsx", "Chỉ tiêu", "E4")));
    }

    @ParameterizedTest
    @CsvSource({"99.85", "99.75", "99.8"})
    void acceptsCountsWithinFiveHundredthsOfTheValue(double value) {
        ValueRow row = onlyValue(valid().indicator("OFF_IT", 2015, 998, 1000, value));

        assertThat(row.percent()).isEqualTo(value);
        assertThat(row.source()).hasToString("f.xlsx!Chỉ tiêu!E2");
    }

    @ParameterizedTest
    @CsvSource({"99.86, 99.8", "99.74, 99.8", "'99,9%', 99.8"})
    void rejectsCountsFurtherFromTheValue(String value, String computed) {
        Intake intake = read(dir, valid()
                .indicator("OFF_IT", 2015, 998, 1000, value.contains("%") ? value : (Object) Double.valueOf(value))
                .indicator("LIT_15_60", 2015, 99.8));

        assertThat(problems(intake)).containsExactly(
                "f.xlsx!Chỉ tiêu!E2 COUNTS_DISAGREE [" + value.replace(",", ".").replace("%", "") + ", "
                        + computed + "]");
        assertThat(report(intake).values()).extracting(ValueRow::indicator).containsExactly("LIT_15_60");
    }

    @Test
    void comparesPercentFormattedValueWithCounts() {
        ValueRow row = onlyValue(valid().indicator("OFF_IT", 2015, 2, 3, percent(0.6667)));

        assertThat(row.percent()).isEqualTo(66.67);
    }

    @Test
    void skipsEmptyRowsBeforeTheHeaderAndBetweenRows() {
        WorkbookBuilder workbook = valid();
        workbook.sheet("Chỉ tiêu")
                .emptyRow()
                .row(null, "", "  ")
                .row(WorkbookBuilder.INDICATOR_HEADERS.toArray())
                .row("OFF_IT", 2015, null, null, 90)
                .row()
                .row(WorkbookBuilder.blank(), WorkbookBuilder.blank())
                .emptyRow()
                .row("OFF_IT", 2014, null, null, 80);

        List<ValueRow> values = values(workbook);

        assertThat(values).extracting(v -> v.source().cell()).containsExactly("E4", "E8");
    }

    @Test
    void withoutTheSheetGivesNoRowsAndNoProblem() {
        assertThat(values(valid())).isEmpty();
    }

    @Test
    void anEmptySheetGivesNoRowsAndNoProblem() {
        WorkbookBuilder workbook = valid();
        workbook.sheet("Chỉ tiêu").emptyRow().row("", null);

        assertThat(values(workbook)).isEmpty();
    }

    @Test
    void reportsEachMissingRequiredColumnAtTheHeaderAndReadsNoRow() {
        WorkbookBuilder workbook = valid();
        workbook.sheet("Chỉ tiêu").emptyRow().row(null, "Tử số", "Ghi chú").row(null, 1, "x");

        Intake intake = read(dir, workbook);

        assertThat(problems(intake)).containsExactly(
                "f.xlsx!Chỉ tiêu!B2 MISSING_COLUMN [Mã chỉ tiêu]",
                "f.xlsx!Chỉ tiêu!B2 MISSING_COLUMN [Năm]",
                "f.xlsx!Chỉ tiêu!B2 MISSING_COLUMN [Giá trị (%)]");
        assertThat(report(intake).values()).isEmpty();
    }

    @Test
    void needsNoValueColumnWhenBothCountColumnsAreThere() {
        WorkbookBuilder workbook = valid();
        workbook.sheet("Chỉ tiêu")
                .row("Mẫu số", "Mã chỉ tiêu", "Năm", "Tử số")
                .row(50, "OFF_IT", 2015, 45)
                .row(null, "OFF_IT", 2014, 40);

        Intake intake = read(dir, workbook);

        assertThat(problems(intake)).as("no value column: reported at the numerator, where the value comes from")
                .containsExactly("f.xlsx!Chỉ tiêu!D3 REQUIRED_EMPTY [Giá trị (%)]");
        assertThat(report(intake).values()).containsExactly(
                new ValueRow("OFF_IT", 2015, 45L, 50L, 90.0, null, new Source("f.xlsx", "Chỉ tiêu", "D2")));
    }

    @Test
    void reportsEmptyRequiredCells() {
        Intake intake = read(dir, valid()
                .indicator(null, 2015, null, null, 90)
                .indicator("OFF_IT", " ", null, null, 90)
                .indicator("OFF_IT", 2015, null, null, null)
                .indicator("OFF_IT", 2014, 5, null, null)
                .indicator("OFF_IT", 2013, null, 5, null));

        assertThat(problems(intake)).containsExactly(
                "f.xlsx!Chỉ tiêu!A2 REQUIRED_EMPTY [Mã chỉ tiêu]",
                "f.xlsx!Chỉ tiêu!B3 REQUIRED_EMPTY [Năm]",
                "f.xlsx!Chỉ tiêu!E4 REQUIRED_EMPTY [Giá trị (%)]",
                "f.xlsx!Chỉ tiêu!E5 REQUIRED_EMPTY [Giá trị (%)]",
                "f.xlsx!Chỉ tiêu!E6 REQUIRED_EMPTY [Giá trị (%)]");
        assertThat(report(intake).values()).isEmpty();
    }

    @Test
    void reportsUnknownIndicatorTrimmedAndUpperCased() {
        Intake intake = read(dir, valid().indicator(" lit_99 ", 2015, 90));

        assertThat(problems(intake)).containsExactly("f.xlsx!Chỉ tiêu!A2 UNKNOWN_INDICATOR [LIT_99]");
    }

    @Test
    void reportsNumbersThatCannotBeRead() {
        Intake intake = read(dir, valid()
                .indicator("OFF_IT", 2015, null, null, "chín mươi")
                .indicator("OFF_IT", 2014, null, null, "1.234,5")
                .indicator("OFF_IT", 2013, null, null, true)
                .indicator("OFF_IT", 2012, null, null, formula("1/0"))
                .indicator("LIT_15_60", 2015.5, null, null, 90)
                .indicator("LIT_15_60", "năm 2014", null, null, 90)
                .indicator("LIT_15_60", 2013, 12.5, 100, null)
                .indicator("LIT_15_60", 2012, "12.5", 100, null)
                .indicator("LIT_15_60", 2011, "1.2345", 100000, null)
                .indicator("WRK_IT_FL", 2015, "1.000,000", 100000, null));

        assertThat(problems(intake)).containsExactly(
                "f.xlsx!Chỉ tiêu!E2 BAD_NUMBER [chín mươi]",
                "f.xlsx!Chỉ tiêu!E3 BAD_NUMBER [1.234,5]",
                "f.xlsx!Chỉ tiêu!E4 BAD_NUMBER [TRUE]",
                "f.xlsx!Chỉ tiêu!E5 BAD_NUMBER [#DIV/0!]",
                "f.xlsx!Chỉ tiêu!B6 BAD_WHOLE_NUMBER [2015.5]",
                "f.xlsx!Chỉ tiêu!B7 BAD_WHOLE_NUMBER [năm 2014]",
                "f.xlsx!Chỉ tiêu!C8 BAD_WHOLE_NUMBER [12.5]",
                "f.xlsx!Chỉ tiêu!C9 BAD_WHOLE_NUMBER [12.5]",
                "f.xlsx!Chỉ tiêu!C10 BAD_WHOLE_NUMBER [1.2345]",
                "f.xlsx!Chỉ tiêu!C11 BAD_WHOLE_NUMBER [1.000,000]");
        assertThat(report(intake).values()).isEmpty();
    }

    @Test
    void reportsValuesOutOfRange() {
        Intake intake = read(dir, valid()
                .indicator("OFF_IT", 2015, null, null, 100.5)
                .indicator("OFF_IT", 2014, null, null, "-1")
                .indicator("OFF_IT", 2013, null, null, percent(1.2))
                .indicator("OFF_IT", 2009, null, null, 90)
                .indicator("OFF_IT", 2016, null, null, 90)
                .indicator("LIT_15_60", 2015, -1, 100, null)
                .indicator("LIT_15_60", 2014, 0, 0, null)
                .indicator("LIT_15_60", 2013, 101, 100, null)
                .indicator("LIT_15_60", 2012, "1.001", "1.000", 100)
                .indicator("LIT_15_60", 2011, 0, 100, 0)
                .indicator("LIT_15_60", 2010, 100, 100, 100));

        assertThat(problems(intake)).containsExactly(
                "f.xlsx!Chỉ tiêu!E2 OUT_OF_RANGE [100.5, 0–100]",
                "f.xlsx!Chỉ tiêu!E3 OUT_OF_RANGE [-1, 0–100]",
                "f.xlsx!Chỉ tiêu!E4 OUT_OF_RANGE [120, 0–100]",
                "f.xlsx!Chỉ tiêu!B5 OUT_OF_RANGE [2009, 2010–2015]",
                "f.xlsx!Chỉ tiêu!B6 OUT_OF_RANGE [2016, 2010–2015]",
                "f.xlsx!Chỉ tiêu!C7 OUT_OF_RANGE [-1, ≥ 0]",
                "f.xlsx!Chỉ tiêu!D8 OUT_OF_RANGE [0, > 0]",
                "f.xlsx!Chỉ tiêu!C9 OUT_OF_RANGE [101, 0–100]",
                "f.xlsx!Chỉ tiêu!C10 OUT_OF_RANGE [1001, 0–1000]");
        assertThat(report(intake).values()).extracting(ValueRow::year).containsExactly(2011, 2010);
    }

    @Test
    void reportsEveryProblemOfARowAndKeepsTheOtherRows() {
        Intake intake = read(dir, valid()
                .indicator("LIT_15_60", 2015, 99.8)
                .indicator("NOPE", 2030, "x", 0, 200)
                .indicator("OFF_IT", 2015, 90));

        assertThat(problems(intake)).containsExactly(
                "f.xlsx!Chỉ tiêu!A3 UNKNOWN_INDICATOR [NOPE]",
                "f.xlsx!Chỉ tiêu!B3 OUT_OF_RANGE [2030, 2010–2015]",
                "f.xlsx!Chỉ tiêu!C3 BAD_WHOLE_NUMBER [x]",
                "f.xlsx!Chỉ tiêu!D3 OUT_OF_RANGE [0, > 0]",
                "f.xlsx!Chỉ tiêu!E3 OUT_OF_RANGE [200, 0–100]");
        assertThat(report(intake).values()).extracting(ValueRow::indicator).containsExactly("LIT_15_60", "OFF_IT");
    }

    @Test
    void keepsTheFirstOfTwoRowsForTheSameIndicatorAndYear() {
        Intake intake = read(dir, valid()
                .indicator("OFF_IT", 2015, 90)
                .indicator("OFF_IT", 2014, 85)
                .indicator("off_it ", 2015, 95)
                .indicator("OFF_IT", 2015, 96));

        assertThat(problems(intake)).containsExactly(
                "f.xlsx!Chỉ tiêu!A4 DUPLICATE_ROW [OFF_IT, A2]",
                "f.xlsx!Chỉ tiêu!A5 DUPLICATE_ROW [OFF_IT, A2]");
        assertThat(report(intake).values()).extracting(ValueRow::percent).containsExactly(90.0, 85.0);
    }

    @Test
    void aRowLeftOutForAProblemDoesNotMakeTheNextOneADuplicate() {
        Intake intake = read(dir, valid()
                .indicator("OFF_IT", 2015, null, null, 190)
                .indicator("OFF_IT", 2015, 90));

        assertThat(problems(intake)).containsExactly("f.xlsx!Chỉ tiêu!E2 OUT_OF_RANGE [190, 0–100]");
        assertThat(report(intake).values()).extracting(ValueRow::percent).containsExactly(90.0);
    }

    private static WorkbookBuilder valid() {
        return Reading.report();
    }

    private static String nfd(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD);
    }
}
