package vn.hungyen.xhht.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.hungyen.xhht.testing.AppTest;

/** Every page in both languages, the language kept across links, and errors as pages (the API's stay JSON). */
@AppTest
class PageLanguageAndErrorsTest {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/upload", "/reports", "/findings", "/completeness", "/targets", "/templates"})
    void everyPageIsVietnameseByDefaultAndEnglishOnRequest(String path) throws Exception {
        String vi = mvc.perform(get(path)).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andReturn().getResponse().getContentAsString();
        assertThat(vi).contains("<html lang=\"vi\">").contains("Tình hình nộp báo cáo")
                .contains("href=\"/css/app.css\"").contains("href=\"/swagger-ui.html\"")
                .doesNotContain("??").doesNotContain("http://").doesNotContain("https://");

        String en = mvc.perform(get(path).param("lang", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(en).contains("<html lang=\"en\">").contains("Reporting completeness")
                .contains("href=\"/findings?lang=en\"").contains("href=\"/upload?lang=en\"")
                .doesNotContain("??");
    }

    @Test
    void theSwitchLeadsToTheSamePageInTheOtherLanguageKeepingItsFilters() throws Exception {
        String page = mvc.perform(get("/findings").param("severity", "HIGH"))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("href=\"/findings?severity=HIGH&amp;lang=en\"")
                .contains("href=\"/findings?severity=HIGH&amp;lang=vi\"");
    }

    @Test
    void formsCarryTheLanguagePicked() throws Exception {
        assertThat(mvc.perform(get("/findings").param("lang", "en")).andReturn().getResponse().getContentAsString())
                .contains("<input type=\"hidden\" name=\"lang\" value=\"en\">");
        assertThat(mvc.perform(get("/upload").param("lang", "en")).andReturn().getResponse().getContentAsString())
                .contains("action=\"/upload?lang=en\"");
    }

    @Test
    void aBrowserAskingForEnglishGetsEnglishWithoutTheParameterInLinks() throws Exception {
        String page = mvc.perform(get("/findings").header("Accept-Language", "en-GB,en;q=0.9"))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<h1>Findings</h1>").contains("href=\"/reports\"");
    }

    @Test
    void aBadFilterIsAFriendlyPageInTheReadersLanguage() throws Exception {
        assertThat(badRequest("/findings?period=2015-H3")).contains("<h1>Yêu cầu không hợp lệ</h1>")
                .contains("Tham số period: &quot;2015-H3&quot; không phải là kỳ báo cáo");
        assertThat(badRequest("/findings?severity=urgent&lang=en")).contains("<h1>Invalid request</h1>")
                .contains("Reporting completeness");
        assertThat(badRequest("/completeness?asOf=31/13/2021")).contains("<h1>Yêu cầu không hợp lệ</h1>");
        assertThat(badRequest("/notices?asOf=01/31/2021&lang=en")).contains("<h1>Invalid request</h1>");
        assertThat(badRequest("/reports?page=-1")).contains("Không có trang -1");
        assertThat(badRequest("/reports/abc")).contains("<h1>Yêu cầu không hợp lệ</h1>");
    }

    @Test
    void datesAreTypedAndShownDayMonthYearInBothLanguages() throws Exception {
        for (String lang : new String[] {"vi", "en"}) {
            String page = mvc.perform(get("/completeness").param("asOf", "31/01/2021").param("lang", lang))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).contains("type=\"text\" name=\"asOf\" value=\"31/01/2021\"")
                    .contains("placeholder=\"dd/mm/yyyy\"").doesNotContain("type=\"date\"");
        }
        // the year-month-day of links and bookmarks is read too
        assertThat(mvc.perform(get("/notices").param("asOf", "2021-01-31").param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("name=\"asOf\" value=\"31/01/2021\"");
    }

    @Test
    void theApiStillAnswersWithProblemDetails() throws Exception {
        mvc.perform(get("/api/reports/987654")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value("Không có báo cáo nào được lưu với mã 987654."));
    }

    @Test
    void theStylesheetIsServedFromTheApplication() throws Exception {
        mvc.perform(get("/css/app.css")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/css"));
    }

    private String badRequest(String url) throws Exception {
        String page = mvc.perform(get(url)).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("Exception").doesNotContain("at vn.hungyen");
        return page;
    }
}
