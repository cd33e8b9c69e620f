package vn.hungyen.xhht.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.hungyen.xhht.web.PageUploads.file;
import static vn.hungyen.xhht.web.PageUploads.form;
import static vn.hungyen.xhht.web.PageUploads.vanLam2015H2;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.RequestBuilder;
import vn.hungyen.xhht.testing.AppTest;
import vn.hungyen.xhht.testing.NewInstallation;

/** A finding's page: its review form (post, redirect, show), refusals shown on the page, and the audit log page. */
@AppTest
class FindingPageTest extends NewInstallation {

    private static final Pattern UNMET_LINK = Pattern.compile("href=\"/findings/(\\d+)\">\\s*<span class=\"badge review-OPEN\"");

    private long id;

    @BeforeEach
    void vanLamMissesItsLiteracyTarget() throws Exception {
        mvc.perform(form(file("vanlam.xlsx", vanLam2015H2(LocalDate.of(2015, 12, 10), 99.5)))).andExpect(status().isOk());
        String list = html(get("/findings").param("kind", "UNMET_TARGET"));
        Matcher link = UNMET_LINK.matcher(list);
        assertThat(link.find()).as(list).isTrue();
        id = Long.parseLong(link.group(1));
    }

    @Test
    void theListShowsEachFindingsReviewAndLinksToIt() throws Exception {
        assertThat(html(get("/findings"))).contains(">Xem xét</a>").contains(">Đang mở<")
                .contains("<option value=\"\">Còn hiệu lực (mở, chấp nhận, miễn trừ)</option>")
                .contains("<option value=\"OPEN,ACCEPTED,WAIVED,RESOLVED\">Tất cả, kể cả đã giải quyết</option>");
    }

    @Test
    void anAcceptanceIsPostedThenShownWithItsHistory() throws Exception {
        String page = html(get("/findings/" + id));
        assertThat(page).contains("<h1>Phát hiện " + id + "</h1>").contains("LIT_15_60.2015").contains("II.1.a")
                .contains("vanlam.xlsx!Chỉ tiêu!E2").contains(">Phát hiện lần đầu<")
                .contains("value=\"ACCEPT\"").contains("value=\"WAIVE\"").doesNotContain("value=\"REOPEN\"");

        assertThat(page).as("the reviewer is the signed-in user, not a name typed").doesNotContain("name=\"reviewer\"");

        mvc.perform(post("/findings/" + id + "/review").param("decision", "ACCEPT")
                        .with(user("Nguyễn Thị Lan").roles("AUDITOR"))
                        .param("text", "Xã Lạc Đạo chưa đạt, đã nhắc huyện").param("lang", "vi"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/findings/" + id + "?lang=vi"))
                .andExpect(flash().attribute("done", "Chấp nhận"));

        String after = html(get("/findings/" + id));
        assertThat(after).contains(">Đã chấp nhận<").contains("Xã Lạc Đạo chưa đạt, đã nhắc huyện")
                .contains("Nguyễn Thị Lan · ").contains("value=\"REOPEN\"").doesNotContain("value=\"ACCEPT\"")
                .contains("Hệ thống (đánh giá lại)").contains(">Đang mở → <").contains(">Đã chấp nhận<");
        assertThat(html(get("/audit"))).contains("Nguyễn Thị Lan").contains("href=\"/findings/" + id + "\"");
    }

    @Test
    void aRefusedDecisionIsShownOnThePageWithWhatWasTyped() throws Exception {
        String page = mvc.perform(post("/findings/" + id + "/review").param("decision", "WAIVE")
                        .with(user("Minh").roles("AUDITOR"))
                        .param("text", "Chờ điều tra <b>lại</b>").param("until", "2015-01-01"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Ngày hết hạn miễn trừ không được trước hôm nay.")
                .contains("Chờ điều tra &lt;b&gt;lại&lt;/b&gt;").doesNotContain("<b>lại</b>")
                .contains(">Đang mở<");

        String english = mvc.perform(post("/findings/" + id + "/review").param("decision", "REOPEN")
                        .with(user("Minh").roles("AUDITOR")).param("lang", "en"))
                .andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("Finding " + id + " is open: there is no decision to take back.");
        assertThat(jdbc.sql("select count(*) from audit_event where actor is not null and finding_id is not null").query(Long.class).single())
                .isZero();
    }

    @Test
    void aMistypedDateShowsThePageAgainWithWhatWasTyped() throws Exception {
        String page = mvc.perform(post("/findings/" + id + "/review").param("decision", "WAIVE")
                        .with(user("Minh").roles("AUDITOR"))
                        .param("text", "Chờ huyện gửi bổ sung").param("until", "31/02/2016"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Miễn trừ đến hết ngày: &quot;31/02/2016&quot; không phải là ngày")
                .contains("Chờ huyện gửi bổ sung").contains("value=\"31/02/2016\"");
        // typed day/month/year, as shown
        mvc.perform(post("/findings/" + id + "/review").param("decision", "WAIVE").with(user("Minh").roles("AUDITOR"))
                .param("text", "Chờ huyện gửi bổ sung").param("until", "30/6/2016")).andExpect(status().is3xxRedirection());
        assertThat(html(get("/findings/" + id))).contains("30/06/2016");
    }

    @Test
    void everyFindingIncludingResolvedOnesCanBeListedAndExported() throws Exception {
        mvc.perform(form(file("vanlam-sua.xlsx", vanLam2015H2(LocalDate.of(2015, 12, 11), 99.9))))
                .andExpect(status().isOk());
        String all = html(get("/findings").param("status", "OPEN,ACCEPTED,WAIVED,RESOLVED").param("size", "1000"));
        assertThat(all).contains("class=\"badge review-RESOLVED\"")
                .contains("href=\"/api/findings.csv?status=OPEN,ACCEPTED,WAIVED,RESOLVED\"");
        assertThat(html(get("/findings").param("size", "1000"))).doesNotContain("class=\"badge review-RESOLVED\"");
        String csv = mvc.perform(get("/api/findings.csv").param("status", "OPEN,ACCEPTED,WAIVED,RESOLVED"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("Xem xét").contains("Đã giải quyết").contains("LIT_15_60.2015");
        mvc.perform(get("/findings").param("status", "CLOSED")).andExpect(status().isBadRequest());
    }

    @Test
    void anUnknownFindingIsAFriendlyNotFoundPage() throws Exception {
        String page = mvc.perform(get("/findings/999999")).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Không có phát hiện nào với mã 999999.").doesNotContain("Exception");
    }

    private String html(RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
