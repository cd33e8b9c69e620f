package vn.hungyen.xhht.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import vn.hungyen.xhht.testing.AppTest;
import vn.hungyen.xhht.testing.NewInstallation;
import vn.hungyen.xhht.testing.WorkbookBuilder;
import vn.hungyen.xhht.testing.Workbooks;

/**
 * The findings list downloaded as .xlsx and .csv over HTTP, from real uploaded workbooks whose file names begin
 * with characters a spreadsheet would take for a formula (each finding cites its file), as of 10/01/2016.
 */
@AppTest
class FindingExportTest extends NewInstallation {

    /** District and the name its 2015-H2 report is uploaded under; every one misses the literacy target. */
    private static final Map<String, String> PLANTED = Map.of(
            "H_VANLAM", "=HYPERLINK(\"evil.example\",\"x\").xlsx",
            "H_VANGIANG", "+cmd.xlsx",
            "H_YENMY", "-2+3.xlsx",
            "H_MYHAO", "@SUM(A1).xlsx");

    @BeforeEach
    void fourDistrictsMissTheirTarget() throws Exception {
        mvc.perform(Workbooks.upload(PLANTED.entrySet().stream().map(planted -> Workbooks.file(planted.getValue(),
                        WorkbookBuilder.report(planted.getKey(), "2015-H2", LocalDate.of(2015, 12, 10))
                                .indicator("LIT_15_60", 2015, 99.5))).toArray(MockMultipartFile[]::new)))
                .andExpect(status().isOk());
    }

    @Test
    void theWorkbookHasEveryFindingOfTheFilterWithNumbersDatesAndNeutralisedTexts() throws Exception {
        MvcResult result = mvc.perform(get("/api/findings.xlsx").param("kind", "UNMET_TARGET").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(Workbooks.XLSX))
                .andExpect(header().string("Content-Disposition",
                        startsWith("attachment; filename=\"findings-2016-01-10.xlsx\"")))
                .andReturn();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            XSSFSheet sheet = workbook.getSheet("Findings");
            Row heading = sheet.getRow(0);
            List<String> headers = new ArrayList<>();
            heading.forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).containsExactly("Finding id", "Severity", "Kind of finding", "Rule id", "Clause",
                    "Unit code", "Unit name", "Period", "Indicator / deliverable code", "Year", "Reported value (%)",
                    "Target (%)", "Due", "Date reported (completed / submitted)", "Source (file!sheet!cell)",
                    "Message", "Review", "Explanation / reason", "Waived until", "Decided by", "Rules version");
            assertThat(workbook.getFontAt(heading.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:U5");
            assertThat(sheet.getColumnWidth(15)).isGreaterThan(sheet.getColumnWidth(0));
            assertThat(sheet.getLastRowNum()).isEqualTo(PLANTED.size());

            List<String> sources = new ArrayList<>();
            for (int r = 1; r <= PLANTED.size(); r++) {
                Row row = sheet.getRow(r);
                assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo("HIGH");
                assertThat(row.getCell(2).getStringCellValue()).isEqualTo("Target not met");
                assertThat(row.getCell(3).getStringCellValue()).isEqualTo("LIT_15_60.2015");
                assertThat(row.getCell(4).getStringCellValue()).isEqualTo("II.1.a");
                assertThat(row.getCell(7).getStringCellValue()).isEqualTo("2015-H2");
                assertThat(row.getCell(8).getStringCellValue()).isEqualTo("LIT_15_60");
                assertThat(row.getCell(9).getNumericCellValue()).isEqualTo(2015);
                assertThat(row.getCell(10).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(row.getCell(10).getNumericCellValue()).isEqualTo(99.5);
                assertThat(row.getCell(11).getNumericCellValue()).isEqualTo(99.8);
                assertThat(row.getCell(15).getStringCellValue()).contains("reported indicator");
                assertThat(row.getCell(16).getStringCellValue()).isEqualTo("Open");
                assertThat(row.getCell(20).getStringCellValue()).isEqualTo(rules.version());
                sources.add(row.getCell(14).getStringCellValue());
            }
            assertThat(sources).containsExactlyInAnyOrderElementsOf(
                    PLANTED.values().stream().map(name -> "'" + name + "!Chỉ tiêu!E2").toList());
        }
    }

    @Test
    void theCsvHasTheSameColumnsInTheRequestsLanguageAndNeutralisedTexts() throws Exception {
        MvcResult result = mvc.perform(get("/api/findings.csv").param("unit", "H_VANLAM").param("period", "2015-H2"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition",
                        startsWith("attachment; filename=\"findings-H_VANLAM-2015-H2-2016-01-10.csv\"")))
                .andReturn();
        long total = total(get("/api/findings").param("unit", "H_VANLAM").param("period", "2015-H2"));

        List<CSVRecord> records = SpreadsheetTextTest.csv(result.getResponse().getContentAsByteArray());

        assertThat(records.get(0).values()).startsWith("Mã phát hiện", "Mức độ", "Loại phát hiện", "Mã quy tắc")
                .hasSize(21);
        assertThat(records).hasSize((int) total + 1);
        CSVRecord unmet = records.stream().filter(r -> r.get(3).equals("LIT_15_60.2015")).findFirst().orElseThrow();
        assertThat(unmet.get(1)).isEqualTo("CAO");
        assertThat(unmet.get(5)).isEqualTo("H_VANLAM");
        assertThat(unmet.get(6)).isEqualTo("UBND huyện Văn Lâm");
        assertThat(unmet.get(10)).isEqualTo("99.5");
        assertThat(unmet.get(11)).isEqualTo("99.8");
        assertThat(unmet.get(14)).isEqualTo("'=HYPERLINK(\"evil.example\",\"x\").xlsx!Chỉ tiêu!E2");
        assertThat(unmet.get(15)).startsWith("UBND huyện Văn Lâm báo cáo chỉ tiêu");
    }

    @Test
    void theFindingsPageOffersTheFilteredListForDownload() throws Exception {
        String page = mvc.perform(get("/findings").param("kind", "UNMET_TARGET").param("page", "0").param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("href=\"/api/findings.xlsx?kind=UNMET_TARGET&amp;lang=en\"")
                .contains("href=\"/api/findings.csv?kind=UNMET_TARGET&amp;lang=en\"");
    }

    @Test
    void anUnknownFormatOrFilterIsAProblem() throws Exception {
        mvc.perform(get("/api/findings.pdf").param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Parameter format: \"pdf\" is not valid; expected XLSX, CSV."));
        mvc.perform(get("/api/findings.csv").param("period", "2015-H3"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private long total(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        String body = mvc.perform(request).andReturn().getResponse().getContentAsString();
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(body).get("total").asLong();
    }
}
