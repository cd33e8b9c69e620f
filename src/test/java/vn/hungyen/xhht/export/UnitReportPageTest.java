package vn.hungyen.xhht.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.RequestBuilder;
import tools.jackson.databind.json.JsonMapper;
import vn.hungyen.xhht.testing.AppTest;
import vn.hungyen.xhht.testing.NewInstallation;
import vn.hungyen.xhht.testing.WorkbookBuilder;
import vn.hungyen.xhht.testing.Workbooks;

/** The printable report of a unit and period, over a real uploaded workbook, as of 10/01/2016. */
@AppTest
class UnitReportPageTest extends NewInstallation {

    private static final String PRINT = "/units/{unit}/periods/{period}/print";

    private long reportId;

    @BeforeEach
    void vanLamReportedLate() throws Exception {
        String body = mvc.perform(Workbooks.upload(Workbooks.file("vanlam-2015-H2.xlsx",
                        WorkbookBuilder.report("H_VANLAM", "2015-H2", LocalDate.of(2015, 12, 20))
                                .preparedBy("Nguyễn Thị B")
                                .indicator("LIT_15_60", 2015, 99.5)
                                .indicator("LIT_15_35", 2015, 99.95)
                                .deliverable("PL02", "Hoàn thành", LocalDate.of(2013, 9, 20), "12/QĐ-UBND"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        reportId = JsonMapper.builder().build().readTree(body).get("files").get(0).get("reportId").asLong();
    }

    @Test
    void theReportThatCountsItsValuesAgainstTargetsDeliverablesAndFindings() throws Exception {
        String page = html(get(PRINT, "H_VANLAM", "2015-H2"));

        assertThat(page).contains("<h1>Báo cáo 6 tháng cuối năm 2015 của UBND huyện Văn Lâm</h1>")
                .contains("vanlam-2015-H2.xlsx").contains("#" + reportId).contains("20/12/2015").contains(">Gửi chậm<")
                .contains("Nguyễn Thị B").contains("15/12/2015")
                // the print button, wired by a script file: the Content-Security-Policy forbids inline handlers
                .contains("data-print").contains("<script src=\"/js/print.js\"></script>")
                // the literacy value below its target, the other one met, a value owed and missing
                .containsPattern("<tr class=\"flagged\">\\s*<td><code>LIT_15_60</code>")
                .containsPattern("<code>LIT_15_60</code>[\\s\\S]*?≥ 99,80%[\\s\\S]*?99,50[\\s\\S]*?>Không đạt<")
                .containsPattern("<code>LIT_15_35</code>[\\s\\S]*?99,95[\\s\\S]*?>Đạt<")
                .containsPattern("<code>RURAL_CLC</code>[\\s\\S]*?>Chưa báo cáo<")
                // deliverables: reported done with its document, and one owed but not reported
                .containsPattern("<code>PL02</code>[\\s\\S]*?30/09/2013[\\s\\S]*?>Hoàn thành<[\\s\\S]*?20/09/2013"
                        + "[\\s\\S]*?12/QĐ-UBND")
                .containsPattern("<code>PL03</code>[\\s\\S]*?31/10/2013[\\s\\S]*?>Chưa báo cáo<")
                // the findings, those about the report and the lateness
                .contains("<code>LIT_15_60.2015</code>").contains("<code>REPORT.LATE.H2</code>")
                .contains("tính đến ngày 10/01/2016, bộ quy tắc " + rules.version());
    }

    @Test
    void aUnitThatSentNothingIsPrintedWithItsMissingReport() throws Exception {
        String page = html(get(PRINT, "H_YENMY", "2015-H2").param("lang", "en"));

        assertThat(page).contains("Report of Yên Mỹ District People&#39;s Committee for the second half of 2015")
                .contains("The unit has not sent a report for this period; it was due on 15/12/2015.")
                .contains("<code>REPORT.MISSING.H2</code>")
                .containsPattern("<code>PL10</code>[\\s\\S]*?31/12/2015[\\s\\S]*?>Not reported<");
        assertThat(html(get(PRINT, "H_YENMY", "2016-H1")))
                .contains("chưa đến hạn gửi (ngày 15/06/2016)").contains("Không có phát hiện nào.");
    }

    @Test
    void theReportPageLinksToItAndThePrintStylesheetMakesA4WithoutNavigation() throws Exception {
        assertThat(html(get("/reports/" + reportId).param("lang", "en")))
                .contains("href=\"/units/H_VANLAM/periods/2015-H2/print?lang=en\"");
        assertThat(html(get("/js/print.js"))).contains("[data-print]").contains("window.print()");
        assertThat(html(get("/css/app.css"))).contains("@media print").contains("size: A4")
                .containsPattern("\\.site-header, [^{]*\\{ display: none !important; }");
    }

    @Test
    void anUnknownUnitOrPeriodIsAFriendlyErrorPage() throws Exception {
        String unknown = mvc.perform(get(PRINT, "H_NOWHERE", "2015-H2")).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(unknown).contains("Không có đơn vị H_NOWHERE").doesNotContain("Exception");
        mvc.perform(get(PRINT, "H_VANLAM", "2015-H3")).andExpect(status().isBadRequest());
    }

    private String html(RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
