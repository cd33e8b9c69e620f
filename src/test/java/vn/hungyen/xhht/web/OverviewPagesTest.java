package vn.hungyen.xhht.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.hungyen.xhht.web.PageUploads.file;
import static vn.hungyen.xhht.web.PageUploads.form;
import static vn.hungyen.xhht.web.PageUploads.vanLam2015H2;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.RequestBuilder;
import vn.hungyen.xhht.testing.AppTest;
import vn.hungyen.xhht.testing.NewInstallation;

/** The dashboard, completeness, targets and templates pages, over Văn Lâm's 2015-H2 report, as of 10/01/2016. */
@AppTest
class OverviewPagesTest extends NewInstallation {

    @BeforeEach
    void vanLamReported() throws Exception {
        mvc.perform(form(file("vanlam.xlsx", vanLam2015H2(LocalDate.of(2015, 12, 10), 99.5))))
                .andExpect(status().isOk());
    }

    @Test
    void theDashboardCountsFindingsBySeverityAndKindWithLinksToThem() throws Exception {
        String page = html(get("/"));

        assertThat(page).contains("<h1>Tổng quan</h1>")
                .contains("Kết quả kiểm tra tính đến ngày 10/01/2016: 1 báo cáo")
                .contains("href=\"/findings?severity=HIGH\"")
                .contains("href=\"/findings?kind=UNMET_TARGET\"")
                .contains("Thiếu báo cáo")
                // sent through the form on 10/01/2016, the 2015-H2 report is late (catalog reading 14)
                .contains("báo cáo đang được tính, 1 báo cáo gửi chậm");
    }

    @Test
    void completenessIsAMatrixWithRatesPerPeriod() throws Exception {
        String page = html(get("/completeness").param("asOf", "2016-01-10"));

        assertThat(page).contains("<h1>Tình hình nộp báo cáo</h1>")
                .contains("type=\"text\" name=\"asOf\" value=\"10/01/2016\"")
                .contains("Tỷ lệ báo cáo").contains("Tỷ lệ báo cáo đúng hạn")
                .contains("Đúng hạn").contains("Muộn").contains("Chưa gửi").contains("Chưa đến hạn")
                .contains("st-ON_TIME").contains("st-MISSING").contains("st-NOT_DUE")
                // 1 of 30 units reported for 2015-H2, on time
                .contains("3,3%").contains("1/30");
        assertThat(count(page, "<th scope=\"row\" class=\"unit-col\">")).isEqualTo(30 + 2);

        String districts = html(get("/completeness").param("asOf", "2016-01-10").param("unitKind", "DISTRICT"));
        assertThat(count(districts, "<th scope=\"row\" class=\"unit-col\">")).isEqualTo(10 + 2);
        assertThat(districts).contains("10%").contains("1/10");
    }

    @Test
    void completenessIsAsOfTodayByDefault() throws Exception {
        assertThat(html(get("/completeness"))).contains("value=\"10/01/2016\"");
    }

    @Test
    void targetsShowWhoMeetsMissesOrGaveNoValue() throws Exception {
        String page = html(get("/targets").param("indicator", "LIT_15_60").param("year", "2015"));

        assertThat(page).contains("<h1>Chỉ tiêu</h1>").contains("1 mục tiêu")
                .contains("≥ 99,80%").contains("Căn cứ: KH 74/KH-UBND, II.1.a")
                .contains("UBND huyện Văn Lâm").contains("99,50 (mục tiêu 99,80)")
                .contains("UBND huyện Khoái Châu"); // gave no value
        assertThat(html(get("/targets"))).contains("LIT_15_35").contains("2020");
    }

    @Test
    void templatesGiveTheDownloadLinkOfTheUnitAndPeriodPicked() throws Exception {
        assertThat(html(get("/templates"))).contains("<h1>Mẫu báo cáo</h1>").contains("name=\"unit\"")
                .contains("name=\"period\"").doesNotContain("/api/templates/");

        assertThat(html(get("/templates").param("unit", "H_VANLAM").param("period", "2015-H2")))
                .contains("href=\"/api/templates/H_VANLAM/2015-H2\"")
                .contains("Tải mẫu H_VANLAM 2015-H2 (.xlsx)");
        assertThat(html(get("/templates").param("unit", "H_VANLAM").param("period", "2015-H2").param("lang", "en")))
                .contains("href=\"/api/templates/H_VANLAM/2015-H2?lang=en\"");
        mvc.perform(get("/api/templates/H_VANLAM/2015-H2")).andExpect(status().isOk());
        mvc.perform(get("/templates").param("unit", "NO_SUCH_UNIT").param("period", "2015-H2"))
                .andExpect(status().isNotFound());
    }

    private String html(RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static long count(String text, String part) {
        return Pattern.compile(Pattern.quote(part)).matcher(text).results().count();
    }
}
