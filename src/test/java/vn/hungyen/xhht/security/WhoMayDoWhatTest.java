package vn.hungyen.xhht.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.hungyen.xhht.testing.AppTest;
import vn.hungyen.xhht.testing.Database;
import vn.hungyen.xhht.testing.NewInstallation;
import vn.hungyen.xhht.testing.TestUsers;
import vn.hungyen.xhht.testing.WorkbookBuilder;
import vn.hungyen.xhht.testing.Workbooks;

/**
 * Issue 6, users and roles: for each role, what it may not do is refused on the API (HTTP Basic: 401 without a
 * user, 403 for a user without the role) and on the pages (the sign-in page without a user, 403); a unit reporter
 * sees their unit's data only, whatever id or unit code the URL gives, and may upload their unit's reports only.
 */
@AppTest
class WhoMayDoWhatTest extends NewInstallation {

    static final String CLERK = "clerk.khoaichau";
    static final String AUDITOR = "auditor";
    static final String AUTHOR = "author";
    static final String ADMIN = "admin";

    @Autowired
    PasswordEncoder passwords;
    @Autowired
    Accounts accounts;

    long vanLamReport;
    long khoaiChauReport;
    long vanLamFinding;
    long khoaiChauFinding;

    @BeforeEach
    void twoUnitsReportedAndOneUserPerRole() throws Exception {
        TestUsers.add(jdbc, passwords, CLERK, "UNIT_REPORTER", "H_KHOAICHAU");
        TestUsers.add(jdbc, passwords, AUDITOR, "AUDITOR", null);
        TestUsers.add(jdbc, passwords, AUTHOR, "RULE_AUTHOR", null);
        TestUsers.add(jdbc, passwords, ADMIN, "ADMIN", null);
        mvc.perform(Workbooks.upload(Workbooks.file("vanlam.xlsx", vanLam()), Workbooks.file("khoaichau.xlsx",
                khoaiChau(LocalDate.of(2015, 12, 10), 60.0)))).andExpect(status().isOk());
        vanLamReport = id("select id from report where unit_code = 'H_VANLAM'");
        khoaiChauReport = id("select id from report where unit_code = 'H_KHOAICHAU'");
        vanLamFinding = id("select min(id) from finding where unit_code = 'H_VANLAM'");
        khoaiChauFinding = id("select min(id) from finding where unit_code = 'H_KHOAICHAU'");
    }

    @Test
    void withoutSigningInOnlyTheSignInPageAndTheStaticFilesAreServed() throws Exception {
        for (String page : List.of("/", "/reports", "/findings/" + vanLamFinding, "/upload", "/audit", "/rules",
                "/users", "/progress", "/notices", "/swagger-ui.html", "/v3/api-docs")) {
            mvc.perform(get(page).with(anonymous())).andExpect(redirectedUrl("/login"));
        }
        for (String api : List.of("/api/reports", "/api/findings/" + vanLamFinding, "/api/findings.csv",
                "/api/audit", "/api/users", "/api/progress", "/api/notices")) {
            mvc.perform(get(api).with(anonymous())).andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/reports").with(httpBasic(AUDITOR, "wrong password")))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", startsWith("Basic realm=")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Cần đăng nhập: gửi tên đăng nhập và mật khẩu (HTTP Basic)."));
        mvc.perform(get("/api/users").param("lang", "en").with(basic(AUDITOR))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Your account may not do this."));
        mvc.perform(post("/upload").with(anonymous())).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/css/app.css").with(anonymous())).andExpect(status().isOk());
        mvc.perform(get("/js/print.js").with(anonymous())).andExpect(status().isOk());
        assertThat(html(get("/login").with(anonymous()))).contains("<h1>Đăng nhập</h1>").contains("name=\"_csrf\"");
        assertThat(html(get("/login").param("lang", "en").with(anonymous()))).contains("<h1>Sign in</h1>");
    }

    @Test
    void everyRoleGetsTheStylesheetsScriptsAndIcons() throws Exception {
        for (String who : List.of(CLERK, AUDITOR, AUTHOR, ADMIN)) {
            for (String file : List.of("/css/app.css", "/css/progress.css", "/js/print.js", "/js/progress-chart.js",
                    "/favicon.svg", "/webjars/uplot/dist/uPlot.iife.min.js")) {
                mvc.perform(get(file).with(as(who))).andExpect(status().isOk());
            }
        }
    }

    @Test
    void aUnitReporterMayNotReviewAuthorRulesAdministerOrReadTheWholeProvince() throws Exception {
        forbiddenOnTheApi(CLERK);
        mvc.perform(post("/api/findings/" + khoaiChauFinding + "/accept").with(basic(CLERK)).contentType(
                MediaType.APPLICATION_JSON).content("{\"text\":\"x\"}")).andExpect(status().isForbidden());
        for (String page : List.of("/audit", "/users", "/rules", "/rules/catalog", "/completeness", "/targets")) {
            mvc.perform(get(page).with(as(CLERK))).andExpect(status().isForbidden());
        }
        // the province's progress is their unit's (issue 12: the README said they may see progress)
        mvc.perform(get("/progress").with(as(CLERK))).andExpect(redirectedUrl("/progress/H_KHOAICHAU"));
        for (String form : List.of("/findings/" + khoaiChauFinding + "/review", "/rules/preview", "/rules/activate",
                "/users")) {
            mvc.perform(post(form).param("decision", "ACCEPT").with(as(CLERK))).andExpect(status().isForbidden());
        }
        for (String api : List.of("/api/audit", "/api/completeness", "/api/progress", "/api/rules",
                "/api/evaluation", "/api/targets")) {
            mvc.perform(get(api).with(basic(CLERK))).andExpect(status().isForbidden());
        }
    }

    @Test
    void anAuditorMayReviewButNotUploadAuthorRulesOrAdminister() throws Exception {
        forbiddenOnTheApi(AUDITOR);
        mvc.perform(Workbooks.upload(Workbooks.file("k.xlsx", khoaiChau(LocalDate.of(2015, 12, 11), 61.0)))
                .with(basic(AUDITOR))).andExpect(status().isForbidden());
        mvc.perform(multipart("/upload").file(Workbooks.file("k.xlsx", khoaiChau(LocalDate.of(2015, 12, 11), 61.0)))
                .with(as(AUDITOR))).andExpect(status().isForbidden());
        for (String form : List.of("/rules/preview", "/rules/activate", "/users")) {
            mvc.perform(post(form).with(as(AUDITOR))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/users").with(as(AUDITOR))).andExpect(status().isForbidden());
        // what an auditor may do
        mvc.perform(post("/api/findings/" + vanLamFinding + "/accept").with(basic(AUDITOR))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Đã kiểm tra\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.finding.review.decidedBy").value(AUDITOR));
        mvc.perform(get("/audit").with(as(AUDITOR))).andExpect(status().isOk());
        mvc.perform(get("/api/findings.csv").with(basic(AUDITOR))).andExpect(status().isOk());
    }

    @Test
    void aRuleAuthorMayPreviewRulesButNotReviewUploadOrAdminister() throws Exception {
        forbiddenOnTheApi(AUTHOR);
        mvc.perform(post("/api/findings/" + vanLamFinding + "/accept").with(basic(AUTHOR))
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"x\"}")).andExpect(status().isForbidden());
        mvc.perform(Workbooks.upload(Workbooks.file("k.xlsx", khoaiChau(LocalDate.of(2015, 12, 11), 61.0)))
                .with(basic(AUTHOR))).andExpect(status().isForbidden());
        mvc.perform(get("/api/audit").with(basic(AUTHOR))).andExpect(status().isForbidden());
        mvc.perform(post("/findings/" + vanLamFinding + "/review").param("decision", "ACCEPT").param("text", "x")
                .with(as(AUTHOR))).andExpect(status().isForbidden());
        mvc.perform(get("/audit").with(as(AUTHOR))).andExpect(status().isForbidden());
        mvc.perform(get("/users").with(as(AUTHOR))).andExpect(status().isForbidden());
        // what a rule author may do
        mvc.perform(get("/rules").with(as(AUTHOR))).andExpect(status().isOk());
        mvc.perform(post("/rules/preview").with(as(AUTHOR))).andExpect(status().isOk());
        mvc.perform(post("/api/rules/preview").with(basic(AUTHOR))).andExpect(status().isOk());
    }

    @Test
    void anAdministratorInheritsTheAuditorAndTheRuleAuthorAndKeepsTheRegisterAndTheUsers() throws Exception {
        mvc.perform(get("/api/users").with(basic(ADMIN))).andExpect(status().isOk());
        mvc.perform(get("/users").with(as(ADMIN))).andExpect(status().isOk());
        mvc.perform(post("/api/rules/preview").with(basic(ADMIN))).andExpect(status().isOk());
        mvc.perform(post("/api/findings/" + vanLamFinding + "/accept").with(basic(ADMIN))
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Đúng\"}")).andExpect(status().isOk());
        mvc.perform(put("/api/units/H_VANLAM").with(basic(ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"UBND huyện Văn Lâm\",\"nameEn\":\"Van Lam District People's Committee\","
                                + "\"kind\":\"DISTRICT\"}"))
                .andExpect(status().is2xxSuccessful());
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'RULES_CHANGED' and actor = ?")
                .param(ADMIN).query(Long.class).single()).isEqualTo(1);
        assertThat(html(get("/reports").with(as(ADMIN)))).contains("href=\"/users\"").contains("href=\"/audit\"");
    }

    /** What only an administrator, or only another role, may do through the API. */
    private void forbiddenOnTheApi(String who) throws Exception {
        String unit = "{\"name\":\"Huyện Mới\",\"nameEn\":\"New District\",\"kind\":\"DISTRICT\"}";
        mvc.perform(put("/api/units/H_MOI").with(basic(who)).contentType(MediaType.APPLICATION_JSON).content(unit))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/users").with(basic(who))).andExpect(status().isForbidden());
        mvc.perform(post("/api/users").with(basic(who)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"mallory\",\"password\":\"0123456789ab\",\"role\":\"ADMIN\"}"))
                .andExpect(status().isForbidden());
        if (!who.equals(AUTHOR)) {
            mvc.perform(post("/api/rules/reload").with(basic(who))).andExpect(status().isForbidden());
            mvc.perform(post("/api/rules/preview").with(basic(who))).andExpect(status().isForbidden());
        }
        assertThat(jdbc.sql("select count(*) from app_user where username = 'mallory'").query(Long.class).single())
                .isZero();
    }

    @Test
    void aUnitReporterNeverReadsAnotherUnitsDataWhateverTheUrlSays() throws Exception {
        // ids of another unit's report or finding: not found, as if they did not exist
        for (String page : List.of("/reports/" + vanLamReport, "/findings/" + vanLamFinding)) {
            mvc.perform(get(page).with(as(CLERK))).andExpect(status().isNotFound());
        }
        for (String api : List.of("/api/reports/" + vanLamReport, "/api/findings/" + vanLamFinding)) {
            mvc.perform(get(api).with(basic(CLERK))).andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        // another unit's code in the path or in ?unit=: refused
        for (String page : List.of("/units/H_VANLAM/periods/2015-H2/print", "/progress/H_VANLAM",
                "/progress/H_VANLAM/LIT_15_60", "/reports?unit=H_VANLAM", "/findings?unit=H_VANLAM",
                "/notices?unit=H_VANLAM", "/templates?unit=H_VANLAM")) {
            mvc.perform(get(page).with(as(CLERK))).andExpect(status().isForbidden());
        }
        for (String api : List.of("/api/progress/H_VANLAM", "/api/progress/H_VANLAM/LIT_15_60",
                "/api/findings.csv?unit=H_VANLAM", "/api/findings.xlsx?unit=H_VANLAM", "/api/reports?unit=H_VANLAM",
                "/api/findings?unit=H_VANLAM", "/api/notices?unit=H_VANLAM", "/api/templates/H_VANLAM/2015-H2")) {
            mvc.perform(get(api).with(basic(CLERK))).andExpect(status().isForbidden());
        }
        // their own unit's, in full; lists, exports and notices hold nothing else
        mvc.perform(get("/reports/" + khoaiChauReport).with(as(CLERK))).andExpect(status().isOk());
        mvc.perform(get("/findings/" + khoaiChauFinding).with(as(CLERK))).andExpect(status().isOk());
        mvc.perform(get("/units/H_KHOAICHAU/periods/2015-H2/print").with(as(CLERK))).andExpect(status().isOk());
        mvc.perform(get("/progress/H_KHOAICHAU").with(as(CLERK))).andExpect(status().isOk());
        mvc.perform(get("/api/reports").with(basic(CLERK))).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].unit").value("H_KHOAICHAU"));
        String findings = body(get("/api/findings").param("size", "1000").with(basic(CLERK)));
        // nor the province's counts of reports and findings (issue 16)
        mvc.perform(get("/api/findings").with(basic(CLERK))).andExpect(jsonPath("$.evaluation.reports").isEmpty())
                .andExpect(jsonPath("$.evaluation.findings").isEmpty())
                .andExpect(jsonPath("$.evaluation.rulesVersion").isNotEmpty());
        // HEAD is checked as GET is (issue 16)
        mvc.perform(head("/findings").param("unit", "H_VANLAM").with(as(CLERK))).andExpect(status().isForbidden());
        mvc.perform(head("/").with(as(CLERK))).andExpect(status().is3xxRedirection());
        assertThat(findings).contains("\"unit\":\"H_KHOAICHAU\"").doesNotContain("\"unit\":\"H_VANLAM\"")
                .doesNotContain("\"unit\":\"SO_GDDT\"");
        assertThat(body(get("/api/findings.csv").with(basic(CLERK)))).contains("H_KHOAICHAU")
                .doesNotContain("H_VANLAM").doesNotContain("Văn Lâm");
        String notices = body(get("/api/notices").param("asOf", "2016-06-20").with(basic(CLERK)));
        assertThat(notices).contains("\"unit\":\"H_KHOAICHAU\"").doesNotContain("\"unit\":\"H_VANLAM\"");
        assertThat(html(get("/reports").with(as(CLERK)))).contains("khoaichau.xlsx").doesNotContain("vanlam.xlsx")
                // the navigation offers only what they may open
                .contains("href=\"/upload\"").doesNotContain("href=\"/audit\"")
                .doesNotContain("href=\"/completeness\"").doesNotContain("href=\"/users\"");
        // the unit filter offers their unit only
        assertThat(html(get("/findings").param("size", "1000").with(as(CLERK)))).contains("khoaichau.xlsx")
                .doesNotContain("vanlam.xlsx").contains("value=\"H_KHOAICHAU\"").doesNotContain("value=\"H_VANLAM\"");
        // the home page, counts of the whole province, leads to their unit's reports instead
        mvc.perform(get("/").with(as(CLERK))).andExpect(redirectedUrl("/reports"));
    }

    @Test
    void aUnitReporterUploadsTheirUnitsReportsOnlyAndAnotherUnitsIsRefusedNamingFileAndUnit() throws Exception {
        List<Long> before = Database.rowCounts(jdbc);
        String refused = body(Workbooks.upload(Workbooks.file("vanlam-2016.xlsx", WorkbookBuilder.report("H_VANLAM",
                "2016-H1", LocalDate.of(2016, 6, 10)).indicator("LIT_15_60", 2016, 99.9))).with(basic(CLERK)));
        assertThat(refused).contains("\"outcome\":\"REFUSED\"").contains("vanlam-2016.xlsx")
                .contains("UBND huyện Văn Lâm").contains("UBND huyện Khoái Châu").contains("\"reportId\":null");
        assertThat(Database.rowCounts(jdbc)).isEqualTo(before);
        // the very bytes of a report already stored for another unit: refused too, without telling it is stored
        String again = body(Workbooks.upload(Workbooks.file("copy.xlsx", vanLam())).with(basic(CLERK)));
        assertThat(again).contains("\"outcome\":\"REFUSED\"").doesNotContain("DUPLICATE")
                .doesNotContain("\"reportId\":" + vanLamReport);
        // through the form, in English
        String page = html(multipart("/upload").file(Workbooks.file("vanlam-2016.xlsx", WorkbookBuilder.report(
                "H_VANLAM", "2016-H1", LocalDate.of(2016, 6, 10)))).param("lang", "en").with(as(CLERK)));
        assertThat(page).contains("vanlam-2016.xlsx was not stored: it is the report of Văn Lâm District")
                .contains("may send reports of Khoái Châu District People&#39;s Committee only");
        assertThat(Database.rowCounts(jdbc)).isEqualTo(before);

        String stored = body(Workbooks.upload(Workbooks.file("khoaichau-v2.xlsx",
                khoaiChau(LocalDate.of(2015, 12, 12), 62.0))).with(basic(CLERK)));
        assertThat(stored).contains("\"outcome\":\"SUPERSEDES\"");
        assertThat(jdbc.sql("select count(*) from audit_event where actor = ? and action = 'UPLOAD_REFUSED'")
                .param(CLERK).query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("select subject from audit_event where actor = ? and action = 'UPLOADED'")
                .param(CLERK).query(String.class).list()).containsExactly("khoaichau-v2.xlsx");
        assertThat(html(get("/audit").param("actor", CLERK).with(as(AUDITOR)))).contains("khoaichau-v2.xlsx")
                .contains("vanlam-2016.xlsx").contains("Tải lên bị từ chối (báo cáo của đơn vị khác)");
    }

    private long id(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private String html(RequestBuilder request) throws Exception {
        return body(request);
    }

    private String body(RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** A request of a user signed in on the pages, with the authorities the application gives them. */
    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    /** An API request with the user's password, checked against its stored hash. */
    static RequestPostProcessor basic(String username) {
        return basicWith(username, TestUsers.PASSWORD);
    }

    static RequestPostProcessor basicWith(String username, String password) {
        return httpBasic(username, password);
    }

    private static WorkbookBuilder vanLam() {
        return WorkbookBuilder.report("H_VANLAM", "2015-H2", LocalDate.of(2015, 12, 10))
                .indicator("LIT_15_60", 2015, 99.5);
    }

    private static WorkbookBuilder khoaiChau(LocalDate submittedOn, double rural) {
        return WorkbookBuilder.report("H_KHOAICHAU", "2015-H2", submittedOn).indicator("RURAL_CLC", 2015, rural);
    }
}
