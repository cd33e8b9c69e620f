package vn.hungyen.xhht.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.hungyen.xhht.web.PageUploads.file;
import static vn.hungyen.xhht.web.PageUploads.form;
import static vn.hungyen.xhht.web.PageUploads.vanLam2015H2;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import vn.hungyen.xhht.testing.AppTest;
import vn.hungyen.xhht.testing.NewInstallation;

/** Issue 12: the findings list's search, sorting, page size and bulk review (the page and the API). */
@AppTest
class FindingListToolsTest extends NewInstallation {

    private List<Long> missingReports;

    @BeforeEach
    void vanLamReported() throws Exception {
        mvc.perform(form(file("vanlam.xlsx", vanLam2015H2(LocalDate.of(2015, 12, 10), 99.5)))).andExpect(status().isOk());
        missingReports = jdbc.sql("select id from finding where kind = 'MISSING_REPORT' order by id")
                .query(Long.class).list();
    }

    @Test
    void aSearchMatchesTheMessagesWordsWithOrWithoutDiacritics() throws Exception {
        String accented = html("/findings?q=Văn Lâm biết chữ&size=200");
        String plain = html("/findings?q=van lam biet chu&size=200");
        assertThat(accented).contains("LIT_15_60.2015").doesNotContain("MISSING_REPORT.");
        assertThat(rows(plain)).isEqualTo(rows(accented)).isPositive();
        assertThat(html("/findings?q=không-có-từ-này")).contains("0 phát hiện");
    }

    @Test
    void theListSortsByAColumnBothWaysAndOffersPageSizes() throws Exception {
        String up = html("/findings?sort=id&dir=asc&size=20");
        String down = html("/findings?sort=id&dir=desc&size=20");
        assertThat(firstId(up)).isLessThan(firstId(down));
        assertThat(up).contains("aria-sort=\"ascending\"").contains("href=\"/findings?size=20&amp;sort=id&amp;dir=desc\"")
                .contains("<option value=\"20\" selected=\"selected\">20</option>");
        assertThat(rows(up)).isEqualTo(20);
        mvc.perform(get("/findings").param("sort", "nonsense")).andExpect(status().isBadRequest());
        // a page past the last says so, once
        String past = html("/findings?page=999");
        assertThat(past).contains("Không có trang 1000").doesNotContain("Không có phát hiện nào");
    }

    @Test
    void anAuditorAcceptsSeveralFindingsWithOneExplanationEachAudited() throws Exception {
        List<Long> three = missingReports.subList(0, 3);
        mvc.perform(post("/findings/review").with(user("Lan").roles("AUDITOR")).param("decision", "ACCEPT")
                        .param("text", "Đã nhắc bằng công văn").param("back", "/findings?kind=MISSING_REPORT")
                        .param("ids", three.stream().map(String::valueOf).toArray(String[]::new)))
                .andExpect(redirectedUrl("/findings?kind=MISSING_REPORT"));
        assertThat(jdbc.sql("select count(*) from audit_event where actor = 'Lan' and action = 'ACCEPTED'")
                .query(Long.class).single()).isEqualTo(3);
        // through the API, a waiver: those accepted already are waived too, an unknown id is named
        long unknown = 987654;
        mvc.perform(post("/api/findings/review").with(user("Lan").roles("AUDITOR")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ids\":[" + missingReports.get(3) + "," + unknown + "],\"decision\":\"WAIVE\","
                                + "\"text\":\"Chờ sáp nhập\",\"until\":\"2016-06-30\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.done[0]").value(missingReports.get(3)))
                .andExpect(jsonPath("$.refused[0].id").value(unknown))
                .andExpect(jsonPath("$.refused[0].status").value(404));
        mvc.perform(post("/api/findings/review").with(user("author").roles("RULE_AUTHOR"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"ids\":[1],\"decision\":\"ACCEPT\",\"text\":\"x\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/findings/review").with(user("author").roles("RULE_AUTHOR")).param("decision", "ACCEPT")
                .param("text", "x").param("ids", "1")).andExpect(status().isForbidden());
        // the page offers the selection to those who may use it only
        assertThat(html("/findings")).contains("name=\"ids\"").contains("id=\"bulk-review\"");
        String author = mvc.perform(get("/findings").with(user("author").roles("RULE_AUTHOR")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(author).doesNotContain("name=\"ids\"").doesNotContain("bulk-review");
    }

    private String html(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static int rows(String page) {
        return page.split("class=\"finding-link\"", -1).length - 1;
    }

    private static long firstId(String page) {
        String rest = page.substring(page.indexOf("class=\"finding-link\""));
        return Long.parseLong(rest.substring(rest.indexOf('>') + 1, rest.indexOf('<')));
    }
}
