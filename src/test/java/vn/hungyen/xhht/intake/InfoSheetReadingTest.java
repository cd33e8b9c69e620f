package vn.hungyen.xhht.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hungyen.xhht.intake.Reading.FILE;
import static vn.hungyen.xhht.intake.Reading.SUBMITTED;
import static vn.hungyen.xhht.intake.Reading.problems;
import static vn.hungyen.xhht.intake.Reading.read;
import static vn.hungyen.xhht.intake.Reading.report;
import static vn.hungyen.xhht.intake.Reading.submittedOn;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.hungyen.xhht.plan.Period;
import vn.hungyen.xhht.testing.WorkbookBuilder;

class InfoSheetReadingTest {

    @TempDir
    Path dir;

    @Test
    void readsVietnameseInfoSheet() {
        Intake intake = read(dir, report().unitName("UBND huyện Văn Lâm").preparedBy("Nguyễn Văn A"));

        assertThat(intake.file()).isEqualTo(FILE);
        assertThat(intake.problems()).isEmpty();
        ReportData report = Reading.report(intake);
        assertThat(report.file()).isEqualTo(FILE);
        assertThat(report.unit()).isEqualTo("H_VANLAM");
        assertThat(report.unitName()).isEqualTo("UBND huyện Văn Lâm");
        assertThat(report.period()).isEqualTo(Period.of("2015-H2"));
        assertThat(report.submittedOn()).isEqualTo(SUBMITTED);
        assertThat(report.preparedBy()).isEqualTo("Nguyễn Văn A");
        assertThat(report.submittedOnSource()).hasToString("f.xlsx!Thông tin!B3");
        assertThat(report.values()).isEmpty();
        assertThat(report.deliverables()).isEmpty();
    }

    @Test
    void readsEnglishInfoSheet() {
        Intake intake = read(dir, WorkbookBuilder.workbook().english()
                .unit("SO_GDDT").period("2014-H1").submittedOn("2014-07-05"));

        ReportData report = Reading.report(intake);
        assertThat(report.unit()).isEqualTo("SO_GDDT");
        assertThat(report.period()).isEqualTo(Period.of("2014-H1"));
        assertThat(report.submittedOn()).isEqualTo(LocalDate.of(2014, 7, 5));
        assertThat(report.submittedOnSource()).hasToString("f.xlsx!Info!B3");
        assertThat(report.unitName()).isNull();
        assertThat(report.preparedBy()).isNull();
    }

    @Test
    void matchesNfdSheetNameAndLabelsWhateverTheirCaseAndSpacing() {
        String sheet = Normalizer.normalize("  THÔNG   TIN ", Normalizer.Form.NFD);
        WorkbookBuilder workbook = WorkbookBuilder.workbook();
        workbook.sheet(sheet)
                .row(Normalizer.normalize("mã đơn vị:", Normalizer.Form.NFD), "h_vanlam")
                .row(Normalizer.normalize("KỲ BÁO CÁO", Normalizer.Form.NFD), "2015-H2")
                .row("Ngay gui", "10/01/2016");

        Intake intake = read(dir, workbook);

        ReportData report = Reading.report(intake);
        assertThat(report.unit()).isEqualTo("H_VANLAM");
        assertThat(report.submittedOnSource().sheet()).isEqualTo(sheet);
    }

    @Test
    void ignoresOtherRowsAndSheetsAndFindsInfoAfterThem() {
        WorkbookBuilder workbook = WorkbookBuilder.workbook();
        workbook.sheet("Hướng dẫn").row("Điền mỗi ô một giá trị");
        workbook.indicator("LIT_15_60", 2015, 99.8);
        workbook.sheet("Thông tin")
                .row("BÁO CÁO XÂY DỰNG XÃ HỘI HỌC TẬP")
                .emptyRow()
                .row("Trường", "Giá trị")
                .row("Mã đơn vị", "  ldld ")
                .row("Kỳ báo cáo", "6 tháng cuối năm 2015")
                .row("Ngày gửi", WorkbookBuilder.numeric(42379, "General"))
                .row("Mã đơn vị", "SO_GDDT");

        ReportData report = Reading.report(read(dir, workbook));

        assertThat(report.unit()).as("code trimmed, upper-cased, first label kept").isEqualTo("LDLD");
        assertThat(report.submittedOn()).as("numeric cell not formatted as a date").isEqualTo(SUBMITTED);
        assertThat(report.submittedOnSource()).hasToString("f.xlsx!Thông tin!B6");
        assertThat(report.values()).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2014-H1 | 2014-H1",
            "2014-H2 | 2014-H2",
            "H1/2014 | 2014-H1",
            "h2 / 2014 | 2014-H2",
            "6 tháng đầu năm 2014 | 2014-H1",
            "6 tháng cuối năm 2014 | 2014-H2",
            "6 THANG CUOI NAM 2014 | 2014-H2"})
    void readsEveryPeriodForm(String typed, String period) {
        Intake intake = read(dir, WorkbookBuilder.report("SO_GDDT", typed, SUBMITTED));

        assertThat(Reading.report(intake).period()).isEqualTo(Period.of(period));
    }

    @Test
    void readsNfdPeriod() {
        String typed = Normalizer.normalize("6 tháng đầu năm 2014", Normalizer.Form.NFD);

        Intake intake = read(dir, WorkbookBuilder.report("SO_GDDT", typed, SUBMITTED));

        assertThat(Reading.report(intake).period()).isEqualTo(Period.of("2014-H1"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "10/01/2016 | 2016-01-10",
            "5/1/2016 | 2016-01-05",
            "2016-01-10 | 2016-01-10",
            "' 31/12/2015 ' | 2015-12-31"})
    void readsSubmittedOnAsText(String typed, LocalDate date) {
        Intake intake = read(dir, submittedOn(typed));

        assertThat(Reading.report(intake).submittedOn()).isEqualTo(date);
    }

    @Test
    void readsSubmittedOnAsFormula() {
        Intake intake = read(dir, submittedOn(WorkbookBuilder.formula("DATE(2016,1,10)", "dd/mm/yyyy")));

        assertThat(Reading.report(intake).submittedOn()).isEqualTo(SUBMITTED);
    }

    @Test
    void withoutInfoSheetGivesOnlyThatProblem() {
        WorkbookBuilder workbook = WorkbookBuilder.workbook().indicator("NOPE", "x", null, null, "y");

        Intake intake = read(dir, workbook);

        assertThat(intake.report()).isEmpty();
        assertThat(problems(intake)).containsExactly("f.xlsx NO_INFO_SHEET []");
    }

    @Test
    void reportsEmptyRequiredValuesAtTheirCells() {
        WorkbookBuilder workbook = WorkbookBuilder.workbook()
                .unit(WorkbookBuilder.blank()).period("   ").submittedOn(null);

        Intake intake = read(dir, workbook);

        assertThat(intake.report()).isEmpty();
        assertThat(problems(intake)).containsExactly(
                "f.xlsx!Thông tin!B1 REQUIRED_EMPTY [Mã đơn vị]",
                "f.xlsx!Thông tin!B2 REQUIRED_EMPTY [Kỳ báo cáo]",
                "f.xlsx!Thông tin!B3 REQUIRED_EMPTY [Ngày gửi]");
    }

    @Test
    void reportsAbsentRequiredLabelsAtTheSheet() {
        WorkbookBuilder workbook = WorkbookBuilder.workbook().english().unitName("Sở GD&ĐT");

        Intake intake = read(dir, workbook);

        assertThat(intake.report()).isEmpty();
        assertThat(problems(intake)).containsExactly(
                "f.xlsx!Info REQUIRED_EMPTY [Mã đơn vị]",
                "f.xlsx!Info REQUIRED_EMPTY [Kỳ báo cáo]",
                "f.xlsx!Info REQUIRED_EMPTY [Ngày gửi]");
    }

    @Test
    void reportsUnknownUnit() {
        Intake intake = read(dir, WorkbookBuilder.report(" so_xyz ", "2015-H2", SUBMITTED));

        assertThat(intake.report()).isEmpty();
        assertThat(problems(intake)).containsExactly("f.xlsx!Thông tin!B1 UNKNOWN_UNIT [SO_XYZ]");
    }

    @Test
    void reportsBadPeriod() {
        Intake intake = read(dir, WorkbookBuilder.report("SO_GDDT", "Quý 3/2015", SUBMITTED));

        assertThat(intake.report()).isEmpty();
        assertThat(problems(intake)).containsExactly("f.xlsx!Thông tin!B2 BAD_PERIOD [Quý 3/2015]");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"31/02/2016", "2016/13/01", "10.01.16", "hôm qua", "TRUE"})
    void reportsBadDate(String typed) {
        Intake intake = read(dir, submittedOn(typed));

        assertThat(intake.report()).isEmpty();
        assertThat(problems(intake)).containsExactly("f.xlsx!Thông tin!B3 BAD_DATE [" + typed + "]");
    }

    @Test
    void reportsNegativeExcelDate() {
        Intake intake = read(dir, submittedOn(-3));

        assertThat(problems(intake)).containsExactly("f.xlsx!Thông tin!B3 BAD_DATE [-3]");
    }

    @Test
    void stillReadsRowsWhenInfoIsIncomplete() {
        WorkbookBuilder workbook = WorkbookBuilder.report("SO_XYZ", "2015-H2", SUBMITTED)
                .indicator("NOPE", 2015, 50);

        Intake intake = read(dir, workbook);

        assertThat(intake.report()).isEmpty();
        assertThat(problems(intake)).containsExactly(
                "f.xlsx!Thông tin!B1 UNKNOWN_UNIT [SO_XYZ]",
                "f.xlsx!Chỉ tiêu!A2 UNKNOWN_INDICATOR [NOPE]");
    }

    @Test
    void withUnreadablePeriodYearsAreOnlyBoundedBelow() {
        WorkbookBuilder workbook = WorkbookBuilder.report("SO_GDDT", "2015", SUBMITTED)
                .indicator("OFF_IT", 2030, 50)
                .indicator("OFF_IT", 2009, 50);

        Intake intake = read(dir, workbook);

        assertThat(problems(intake)).containsExactly(
                "f.xlsx!Thông tin!B2 BAD_PERIOD [2015]",
                "f.xlsx!Chỉ tiêu!B3 OUT_OF_RANGE [2009, ≥ 2010]");
    }
}
