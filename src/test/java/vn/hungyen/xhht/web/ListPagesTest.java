package vn.hungyen.xhht.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.hungyen.xhht.web.PageUploads.file;
import static vn.hungyen.xhht.web.PageUploads.form;
import static vn.hungyen.xhht.web.PageUploads.vanLam2015H2;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.RequestBuilder;
import vn.hungyen.xhht.testing.AppTest;
import vn.hungyen.xhht.testing.NewInstallation;
import vn.hungyen.xhht.testing.WorkbookBuilder;
import vn.hungyen.xhht.testing.Workbooks;

/**
 * The reports list, one report, and the findings list over two reports of Văn Lâm for 2015-H2 (the later one
 * counts) and one of the Department of Education, as of 10/01/2016 (FixedClock).
 */
@AppTest
class ListPagesTest extends NewInstallation {

    private static final Pattern REPORT_LINK = Pattern.compile("href=\"/reports/(\\d+)\">vanlam-v2.xlsx<");

    /** Reports of 2015 brought in as history, dated by their written dates (catalog reading 14). */
    @BeforeEach
    void twoUnitsReported() throws Exception {
        mvc.perform(Workbooks.history(file("vanlam-v1.xlsx", vanLam2015H2(LocalDate.of(2015, 12, 10), 99.5))))
                .andExpect(status().isOk());
        mvc.perform(Workbooks.history(file("vanlam-v2.xlsx", vanLam2015H2(LocalDate.of(2015, 12, 12), 99.6))))
                .andExpect(status().isOk());
        mvc.perform(Workbooks.history(file("sogddt.xlsx", WorkbookBuilder.report("SO_GDDT", "2015-H2",
                LocalDate.of(2015, 12, 20))))).andExpect(status().isOk());
    }

    @Test
    void theReportsListShowsTimelinessFindingsAndVersions() throws Exception {
        String page = html(get("/reports"));

        assertThat(page).contains("<h1>Báo cáo</h1>").contains("3 báo cáo")
                .contains("UBND huyện Văn Lâm").contains("Sở Giáo dục và Đào tạo")
                .contains("vanlam-v1.xlsx").contains("vanlam-v2.xlsx")
                .contains(">Đúng hạn<").contains(">Gửi chậm<")
                .contains(">Bản được tính<").contains(">Đã có bản thay thế<")
                .contains("class=\"badge sev-HIGH\"");
    }

    @Test
    void theReportsListFiltersByUnitKindAndPeriod() throws Exception {
        assertThat(html(get("/reports").param("unitKind", "DEPARTMENT")))
                .contains("1 báo cáo").contains("sogddt.xlsx").doesNotContain("vanlam-v1.xlsx")
                .contains("<option value=\"DEPARTMENT\" selected=\"selected\">");
        assertThat(html(get("/reports").param("unit", "H_VANLAM").param("period", "2015-H2")))
                .contains("2 báo cáo").doesNotContain("sogddt.xlsx");
        assertThat(html(get("/reports").param("period", "2014-H1"))).contains("Không có báo cáo nào.");
    }

    @Test
    void pageLinksKeepTheFiltersAndTheLanguage() throws Exception {
        String page = html(get("/reports").param("unit", "H_VANLAM").param("size", "1").param("lang", "en"));

        assertThat(page).contains("Page 1 of 2")
                .contains("href=\"/reports?unit=H_VANLAM&amp;size=1&amp;lang=en&amp;page=1\"");
    }

    @Test
    void oneReportShowsItsValuesDeliverablesFindingsAndVersions() throws Exception {
        String id = currentVanLamId();

        String page = html(get("/reports/" + id));

        assertThat(page).contains("Báo cáo 6 tháng cuối năm 2015 của UBND huyện Văn Lâm")
                .contains("LIT_15_60").contains("99,60")
                .contains("PL02").contains("12/QĐ-UBND").contains(">Hoàn thành<")
                .contains("Phát hiện (")
                .contains("<code>LIT_15_60.2015</code>")
                .contains("Các phiên bản của báo cáo kỳ này (2)")
                .contains("vanlam-v1.xlsx")
                .contains("class=\"highlight\"")
                // the value below its target is marked
                .containsPattern("<tr class=\"flagged\">\\s*<td><code>LIT_15_60</code>");
    }

    @Test
    void anUnknownReportIsAFriendlyNotFoundPage() throws Exception {
        String page = mvc.perform(get("/reports/987654")).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<h1>Không tìm thấy</h1>")
                .contains("Không có báo cáo nào được lưu với mã 987654.")
                .contains("Tải báo cáo lên") // the navigation is there
                .doesNotContain("Exception").doesNotContain("at vn.hungyen");
    }

    @Test
    void theFindingsListFiltersWithAGetForm() throws Exception {
        String all = html(get("/findings"));
        assertThat(all).contains("<h1>Phát hiện</h1>").contains("method=\"get\"")
                .contains("name=\"ruleId\"").contains("name=\"code\"").contains("<datalist id=\"codes\">")
                .contains("Thiếu báo cáo").contains("Không đạt mục tiêu");

        String unmet = html(get("/findings").param("kind", "UNMET_TARGET").param("unit", "H_VANLAM"));
        assertThat(unmet).contains("1 phát hiện").contains("<code>LIT_15_60.2015</code>")
                .doesNotContain("<code>REPORT.MISSING")
                .contains("<option value=\"UNMET_TARGET\" selected=\"selected\">");

        assertThat(html(get("/findings").param("severity", "HIGH").param("code", "LIT_15_60")
                .param("ruleId", "LIT_15_60.2015").param("unitKind", "DISTRICT").param("period", "2015-H2")))
                .contains("1 phát hiện").contains("value=\"LIT_15_60.2015\"");
        assertThat(html(get("/findings").param("severity", "LOW").param("unit", "H_VANLAM")))
                .contains("Không có phát hiện nào.");
    }

    @Test
    void findingsPagesKeepTheFilters() throws Exception {
        String page = html(get("/findings").param("kind", "MISSING_REPORT").param("size", "10").param("page", "1"));

        assertThat(page).containsPattern("Trang 2/\\d+ · \\d+ mục")
                .contains("href=\"/findings?kind=MISSING_REPORT&amp;size=10&amp;page=0\"")
                .contains("href=\"/findings?kind=MISSING_REPORT&amp;size=10&amp;page=2\"");
    }

    private String currentVanLamId() throws Exception {
        Matcher m = REPORT_LINK.matcher(html(get("/reports").param("unit", "H_VANLAM")));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private String html(RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
