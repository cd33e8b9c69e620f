package vn.hungyen.xhht.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hungyen.xhht.message.Language;
import vn.hungyen.xhht.plan.Period;
import vn.hungyen.xhht.testing.WorkbookBuilder;

/** What a sender sees in the template of Văn Lâm district for the second half of 2015. */
class TemplateLayoutTest {

    private static XSSFWorkbook vanLam;

    @BeforeAll
    static void open() {
        vanLam = Templates.open(Templates.blank("H_VANLAM", "2015-H2"));
    }

    @AfterAll
    static void close() throws IOException {
        vanLam.close();
    }

    @Test
    void sheetsComeInTheContractsOrderThenTheGuide() {
        assertThat(IntStream.range(0, vanLam.getNumberOfSheets()).mapToObj(vanLam::getSheetName))
                .containsExactly("Thông tin", "Chỉ tiêu", "Nhiệm vụ", "Hướng dẫn");
    }

    @Test
    void infoGivesUnitAndPeriodAndLeavesTheSendingDateFormattedAsADay() {
        Sheet info = vanLam.getSheet(Contract.INFO);
        assertThat(column(info, 0)).containsExactlyElementsOf(WorkbookBuilder.INFO_LABELS);
        assertThat(column(info, 1)).containsExactly("H_VANLAM", "UBND huyện Văn Lâm", "2015-H2", "", "");
        Cell submittedOn = info.getRow(3).getCell(1);
        assertThat(submittedOn.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
        assertThat(info.getRow(3).getCell(2).getStringCellValue()).contains("dd/mm/yyyy", "15/12/2015");
        assertThat(validations(info, ValidationType.DATE)).singleElement()
                .satisfies(v -> assertThat(cells(v)).containsExactly("B4"));
        assertThat(bold(info.getRow(0).getCell(0))).isTrue();
    }

    @Test
    void tableSheetsHaveTheContractsHeadersFirstThenInformativeOnes() {
        assertThat(column(vanLam.getSheet(Contract.INDICATORS).getRow(0)))
                .startsWith(WorkbookBuilder.INDICATOR_HEADERS.toArray(String[]::new))
                .endsWith("Tên chỉ tiêu (tham khảo)", "Mục tiêu của Kế hoạch (tham khảo)");
        assertThat(column(vanLam.getSheet(Contract.DELIVERABLES).getRow(0)))
                .startsWith(WorkbookBuilder.DELIVERABLE_HEADERS.toArray(String[]::new))
                .endsWith("Tên nhiệm vụ (tham khảo)", "Hạn, căn cứ (tham khảo)");
    }

    @Test
    void headersAreBoldFrozenAndColumnsWide() {
        for (String name : List.of(Contract.INDICATORS, Contract.DELIVERABLES)) {
            Sheet sheet = vanLam.getSheet(name);
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitTopRow()).isEqualTo((short) 1);
            sheet.getRow(0).forEach(header -> {
                assertThat(bold(header)).as(header.getStringCellValue()).isTrue();
                assertThat(sheet.getColumnWidth(header.getColumnIndex())).isGreaterThanOrEqualTo(8 * 256);
            });
        }
    }

    @Test
    void statusIsADropdownOfTheThreeStatusesOnEveryRow() {
        XSSFSheet sheet = vanLam.getSheet(Contract.DELIVERABLES);
        assertThat(validations(sheet, ValidationType.LIST)).singleElement().satisfies(v -> {
            assertThat(v.getValidationConstraint().getExplicitListValues())
                    .containsExactly("Hoàn thành", "Đang thực hiện", "Chưa thực hiện");
            assertThat(v.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
            // Excel shows the list's arrow only when showDropDown is off (the attribute's meaning is inverted)
            assertThat(sheet.getCTWorksheet().getDataValidations().getDataValidationList())
                    .filteredOn(ct -> ct.getType().toString().equals("list")).singleElement()
                    .satisfies(ct -> assertThat(ct.getShowDropDown()).isFalse());
            CellRangeAddress range = v.getRegions().getCellRangeAddress(0);
            assertThat(range.getFirstColumn()).isEqualTo(1);
            assertThat(range.getFirstRow()).isEqualTo(1);
            assertThat(range.getLastRow()).isGreaterThan(sheet.getLastRowNum());
        });
    }

    @Test
    void completionDatesAreCheckedAndFormattedAsDays() {
        XSSFSheet sheet = vanLam.getSheet(Contract.DELIVERABLES);
        assertThat(validations(sheet, ValidationType.DATE)).singleElement()
                .satisfies(v -> assertThat(v.getRegions().getCellRangeAddress(0).getFirstColumn()).isEqualTo(2));
        assertThat(sheet.getRow(1).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
        assertThat(sheet.getColumnStyle(2).getDataFormatString()).isEqualTo("dd/mm/yyyy");
    }

    @Test
    void valuesAndCountsAreCheckedAsNumbers() {
        XSSFSheet sheet = vanLam.getSheet(Contract.INDICATORS);
        assertThat(validations(sheet, ValidationType.DECIMAL)).singleElement().satisfies(v -> {
            assertThat(v.getRegions().getCellRangeAddress(0).getFirstColumn()).isEqualTo(4);
            assertThat(v.getValidationConstraint().getFormula2()).isEqualTo("100");
        });
        assertThat(validations(sheet, ValidationType.INTEGER)).hasSize(2);
    }

    @Test
    void eachIndicatorRowShowsItsNameAndTargetWithTheClause() {
        assertThat(row(vanLam.getSheet(Contract.INDICATORS), "LIT_15_60"))
                .containsExactly("LIT_15_60", "2015", "", "", "", "", "Tỷ lệ người 15–60 tuổi biết chữ",
                        "≥ 99,80% (II.1.a)");
    }

    @Test
    void eachDeliverableRowShowsItsNameAndDueDateWithTheClause() {
        Sheet sheet = vanLam.getSheet(Contract.DELIVERABLES);
        assertThat(row(sheet, "PL02")).startsWith("PL02", "", "", "", "")
                .endsWith("hạn 30/09/2013 (PL 2)");
        assertThat(row(sheet, "PL10")).last().isEqualTo("năm 2015, hạn 31/12/2015 (PL 10)");
        assertThat(row(sheet, "BUDGET")).last().isEqualTo("năm 2015, hạn 31/12/2015 (III.8)");
        assertThat(row(sheet, "HU_CLC_FUNDING")).last().isEqualTo("không có hạn (IV.10.d)");
    }

    @Test
    void maximaAndRisesAreWordedToo() {
        try (XSSFWorkbook education = Templates.open(Templates.blank("SO_GDDT", "2015-H2"))) {
            Sheet sheet = education.getSheet(Contract.INDICATORS);
            assertThat(row(sheet, "LIT_GENDER_GAP")).last().isEqualTo("± 0,50 điểm phần trăm (II.1.a)");
            assertThat(row(sheet, "LIFESKILL_ALL")).last().isEqualTo("tăng so với năm trước (II.1.d)");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theGuideExplainsFormatsAndDeadlines() {
        String guide = String.join("\n", column(vanLam.getSheet(Contract.GUIDE), 0));
        assertThat(guide)
                .startsWith("Mẫu báo cáo 6 tháng cuối năm 2015 – UBND huyện Văn Lâm (H_VANLAM)")
                .contains("Có 9 dòng, mỗi dòng là một chỉ tiêu đơn vị phải báo cáo số liệu năm 2015")
                .contains("Có 11 dòng, mỗi dòng là một nhiệm vụ")
                .contains("dd/mm/yyyy", "99,8", "15/6", "15/12", "Hạn của kỳ này: ngày 15/12/2015.");
    }

    @Test
    void aFirstHalfTemplateHasTheIndicatorHeaderOnlyAndSaysWhy() throws IOException {
        try (XSSFWorkbook h1 = Templates.open(Templates.blank("H_VANLAM", "2015-H1"))) {
            Sheet indicators = h1.getSheet(Contract.INDICATORS);
            assertThat(indicators.getPhysicalNumberOfRows()).isEqualTo(1);
            assertThat(column(indicators.getRow(0))).startsWith(WorkbookBuilder.INDICATOR_HEADERS.toArray(String[]::new));
            assertThat(String.join("\n", column(h1.getSheet(Contract.GUIDE), 0)))
                    .contains("Báo cáo 6 tháng đầu năm không báo cáo số liệu chỉ tiêu")
                    .contains("sheet chỉ có dòng tiêu đề")
                    .contains("Hạn của kỳ này: ngày 15/06/2015.");
        }
    }

    @Test
    void inEnglishOnlyTheGuideAndTheInformativeTextChange() throws IOException {
        byte[] xlsx = Templates.template(Language.EN).blank("H_VANLAM", Period.of("2015-H2"));
        try (XSSFWorkbook english = Templates.open(xlsx)) {
            assertThat(english.getSheetName(1)).isEqualTo("Chỉ tiêu");
            assertThat(column(english.getSheet(Contract.INFO), 0)).containsExactlyElementsOf(WorkbookBuilder.INFO_LABELS);
            assertThat(column(english.getSheet(Contract.INFO), 1)).contains("Văn Lâm District People's Committee");
            assertThat(row(english.getSheet(Contract.INDICATORS), "LIT_15_60")).last().isEqualTo("≥ 99.80% (II.1.a)");
            assertThat(row(english.getSheet(Contract.DELIVERABLES), "PL02")).last()
                    .isEqualTo("due 2013-09-30 (PL 2)");
            assertThat(column(english.getSheet(Contract.GUIDE), 0).get(0))
                    .isEqualTo("Report template for the second half of 2015 – Văn Lâm District People's Committee (H_VANLAM)");
        }
    }

    @Test
    void theFileIsNamedAfterUnitAndPeriod() {
        assertThat(ReportTemplate.fileName("H_VANLAM", Period.of("2015-H2"))).isEqualTo("h-vanlam-2015-H2.xlsx");
        assertThat(ReportTemplate.fileName("BCD_TINH", Period.of("H1/2014"))).isEqualTo("bcd-tinh-2014-H1.xlsx");
    }

    private static List<DataValidation> validations(Sheet sheet, int type) {
        return ((XSSFSheet) sheet).getDataValidations().stream()
                .filter(v -> v.getValidationConstraint().getValidationType() == type)
                .map(DataValidation.class::cast).toList();
    }

    private static List<String> cells(DataValidation validation) {
        return List.of(validation.getRegions().getCellRangeAddresses()).stream()
                .map(CellRangeAddress::formatAsString).toList();
    }

    private static boolean bold(Cell cell) {
        return vanLam.getFontAt(cell.getCellStyle().getFontIndex()).getBold();
    }

    /** The text of every cell of a column, top to bottom ("" for a blank cell). */
    private static List<String> column(Sheet sheet, int column) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            texts.add(text(row.getCell(column)));
        }
        return texts;
    }

    private static List<String> column(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(text(cell)));
        return texts;
    }

    private static List<String> row(Sheet sheet, String code) {
        return Filler.dataRows(sheet).stream().filter(r -> r.getCell(0).getStringCellValue().equals(code))
                .findFirst().map(TemplateLayoutTest::column).orElseThrow(() -> new AssertionError(code));
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getCellType()) {
            case NUMERIC -> String.valueOf((long) cell.getNumericCellValue());
            case STRING -> cell.getStringCellValue();
            default -> "";
        };
    }
}
