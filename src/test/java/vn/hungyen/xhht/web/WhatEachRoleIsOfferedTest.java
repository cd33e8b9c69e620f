package vn.hungyen.xhht.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.hungyen.xhht.web.PageUploads.file;
import static vn.hungyen.xhht.web.PageUploads.form;
import static vn.hungyen.xhht.web.PageUploads.vanLam2015H2;

import jakarta.servlet.RequestDispatcher;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.hungyen.xhht.testing.AppTest;
import vn.hungyen.xhht.testing.NewInstallation;
import vn.hungyen.xhht.testing.TestUsers;

/**
 * Issue 12: the pages offer each role only what it may use (the same rules that refuse it), and every refusal is
 * the application's error page in the reader's language.
 */
@AppTest
class WhatEachRoleIsOfferedTest extends NewInstallation {

    @Autowired
    PasswordEncoder passwords;
    @Autowired
    UserDetailsService accounts;

    private long finding;
    private MockMultipartFile workbook;

    @BeforeEach
    void aReportWithFindingsAndOneUserPerRole() throws Exception {
        TestUsers.add(jdbc, passwords, "offered.clerk", "UNIT_REPORTER", "H_VANLAM");
        TestUsers.add(jdbc, passwords, "offered.auditor", "AUDITOR", null);
        TestUsers.add(jdbc, passwords, "offered.author", "RULE_AUTHOR", null);
        workbook = file("Văn Lâm 2015.xlsx", vanLam2015H2(LocalDate.of(2015, 12, 10), 99.5));
        mvc.perform(form(workbook)).andExpect(status().isOk());
        finding = jdbc.sql("select min(id) from finding where unit_code = 'H_VANLAM'").query(Long.class).single();
    }

    @Test
    void aReportsPageOffersTheWorkbookAsItWasReceived() throws Exception {
        long report = jdbc.sql("select id from report").query(Long.class).single();
        assertThat(html("/reports/" + report, "offered.clerk")).contains("href=\"/reports/" + report + "/file\"");
        byte[] got = mvc.perform(get("/reports/" + report + "/file").with(as("offered.clerk")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(
                        "filename*=UTF-8''V%C4%83n%20L%C3%A2m%202015.xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(got).isEqualTo(workbook.getBytes());
        // another unit's reporter: not found, as the report itself
        TestUsers.add(jdbc, passwords, "offered.other", "UNIT_REPORTER", "H_KHOAICHAU");
        mvc.perform(get("/reports/" + report + "/file").with(as("offered.other"))).andExpect(status().isNotFound());
    }

    @Test
    void onlyAnAuditorIsOfferedTheReviewForm() throws Exception {
        assertThat(html("/findings/" + finding, "offered.auditor")).contains("class=\"review-form\"")
                .contains("value=\"ACCEPT\"");
        for (String who : new String[] {"offered.author", "offered.clerk"}) {
            assertThat(html("/findings/" + finding, who)).contains("<h1>Phát hiện " + finding + "</h1>")
                    .doesNotContain("review-form").doesNotContain("value=\"ACCEPT\"").doesNotContain("name=\"text\"");
        }
    }

    @Test
    void theNavigationAndTheHomePageLinkOnlyToWhatTheUserMayOpen() throws Exception {
        String auditor = html("/", "offered.auditor");
        assertThat(auditor).doesNotContain("href=\"/upload\"").contains("href=\"/audit\"")
                .contains("href=\"/completeness\"").doesNotContain("href=\"/users\"");
        mvc.perform(get("/upload").with(as("offered.auditor"))).andExpect(status().isForbidden());
        assertThat(html("/reports", "offered.author")).doesNotContain("href=\"/upload\"")
                .doesNotContain("href=\"/audit\"").contains("href=\"/rules\"");
        String clerk = html("/reports", "offered.clerk");
        assertThat(clerk).contains("href=\"/upload\"").contains("href=\"/progress\"").contains("href=\"/findings\"")
                .doesNotContain("href=\"/audit\"").doesNotContain("href=\"/rules\"").doesNotContain("href=\"/targets\"");
        // their unit is the only choice of the unit filter, chosen
        assertThat(clerk).contains("<option value=\"H_VANLAM\" selected=\"selected\">")
                .doesNotContain("value=\"H_KHOAICHAU\"");
        // their progress page is their unit's; no link to "all units", which is theirs again
        assertThat(html("/progress/H_VANLAM", "offered.clerk")).doesNotContain("Tất cả đơn vị");
    }

    @Test
    void theErrorPageIsTheApplicationsInTheReadersLanguageForEveryStatus() throws Exception {
        assertThat(errorPage(403, "vi")).contains("<h1>Không có quyền</h1>").contains("href=\"/css/app.css\"");
        assertThat(errorPage(403, "en")).contains("<h1>Not allowed</h1>");
        assertThat(errorPage(404, "vi")).contains("<h1>Không tìm thấy</h1>");
        assertThat(errorPage(405, "vi")).contains("<h1>Không thực hiện được theo cách này</h1>");
        assertThat(errorPage(413, "en")).contains("<h1>Upload too large</h1>");
        assertThat(errorPage(500, "vi")).contains("<h1>Đã có lỗi</h1>");
        assertThat(errorPage(400, "en")).contains("<h1>Invalid request</h1>");
        // /error opened by itself: a page that does not exist, never a failure
        String direct = mvc.perform(get("/error")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(direct).contains("<h1>Không tìm thấy</h1>").doesNotContain("Whitelabel");
        // an API client keeps its problem details
        mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/audit"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Tài khoản của bạn không được làm việc này."));
    }

    private String errorPage(int status, String lang) throws Exception {
        String page = mvc.perform(get("/error").param("lang", lang)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/upload"))
                .andExpect(status().is(status)).andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).doesNotContain("Whitelabel").doesNotContain("??").contains("class=\"main-nav\"");
        return page;
    }

    private String html(String path, String who) throws Exception {
        RequestBuilder request = get(path).with(as(who));
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }
}
