package vn.hungyen.xhht.review;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.hungyen.xhht.review.Uploading.file;
import static vn.hungyen.xhht.review.Uploading.upload;
import static vn.hungyen.xhht.review.Uploading.vanLam2015H2;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.ResultMatcher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hungyen.xhht.testing.FixedClock;
import vn.hungyen.xhht.testing.MovableClock;
import vn.hungyen.xhht.testing.NewInstallation;
import vn.hungyen.xhht.testing.WorkbookBuilder;

/**
 * Auditors working through findings over the JSON API: every transition of the review, the waiver lapsing,
 * automatic resolution by a newer report, a finding keeping its identity and review across re-evaluations, and
 * the audit log, which the application can only add to.
 */
abstract class ReviewWorkflowContract extends NewInstallation {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalDate SENT = LocalDate.of(2015, 12, 10);

    @Autowired
    MovableClock clock;

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    @Test
    void everyTransitionOfTheReviewAndWhatIsRefused() throws Exception {
        long id = unmetLiteracy();
        assertThat(reviewStatus(id)).isEqualTo("OPEN");

        // accept needs a reviewer and an explanation
        decide(id, "accept", Map.of("text", "Số liệu đúng"), status().isBadRequest());
        decide(id, "accept", Map.of("reviewer", "Lan"), status().isBadRequest());
        JsonNode accepted = decide(id, "accept", Map.of("reviewer", " Lan ", "text", " Xã Lạc Đạo chưa đạt "),
                status().isOk());
        assertThat(accepted.at("/finding/review/status").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.at("/finding/review/explanation").asString()).isEqualTo("Xã Lạc Đạo chưa đạt");
        assertThat(accepted.at("/finding/review/decidedBy").asString()).isEqualTo("Lan");
        assertThat(accepted.at("/finding/statusLabel").asString()).isEqualTo("Đã chấp nhận");
        decide(id, "accept", Map.of("reviewer", "Lan", "text", "again"), status().isConflict());

        // a waiver needs a reason and a last day not before today; it may be set again
        decide(id, "waive", Map.of("reviewer", "Minh", "text", "Chờ điều tra"), status().isBadRequest());
        decide(id, "waive", Map.of("reviewer", "Minh", "text", "Chờ điều tra", "until", "2016-01-09"),
                status().isBadRequest());
        JsonNode waived = decide(id, "waive", Map.of("reviewer", "Minh", "text", "Chờ điều tra",
                "until", "2016-03-31"), status().isOk());
        assertThat(waived.at("/finding/review/status").asString()).isEqualTo("WAIVED");
        assertThat(waived.at("/finding/review/waivedUntil").asString()).isEqualTo("2016-03-31");
        decide(id, "waive", Map.of("reviewer", "Minh", "text", "Gia hạn", "until", "2016-06-30"), status().isOk());

        // reopen takes back a decision; an open finding has none to take back
        JsonNode reopened = decide(id, "reopen", Map.of("reviewer", "Hà"), status().isOk());
        assertThat(reopened.at("/finding/review/status").asString()).isEqualTo("OPEN");
        assertThat(reopened.at("/finding/review/explanation").isNull()).isTrue();
        assertThat(reopened.at("/finding/review/waivedUntil").isNull()).isTrue();
        decide(id, "reopen", Map.of("reviewer", "Hà"), status().isConflict());

        // waived, then accepted straight away
        decide(id, "waive", Map.of("reviewer", "Minh", "text", "x", "until", "2016-01-10"), status().isOk());
        decide(id, "accept", Map.of("reviewer", "Lan", "text", "Đã kiểm tra"), status().isOk());

        // a comment changes nothing but the history
        JsonNode commented = decide(id, "comments", Map.of("reviewer", "Hà", "text", "Đề nghị huyện giải trình"),
                status().isCreated());
        assertThat(commented.at("/finding/review/status").asString()).isEqualTo("ACCEPTED");
        decide(id, "comments", Map.of("reviewer", "Hà"), status().isBadRequest());

        assertThat(actions(id)).containsExactly("FOUND", "ACCEPTED", "WAIVED", "WAIVED", "REOPENED_BY_AUDITOR",
                "WAIVED", "ACCEPTED", "COMMENTED");
        JsonNode history = json(get("/api/findings/" + id)).get("history");
        assertThat(history.get(0).at("/entry/actor").isNull()).isTrue();
        assertThat(history.get(0).get("actor").asString()).isEqualTo("Hệ thống (đánh giá lại)");
        assertThat(history.get(1).at("/entry/actor").asString()).isEqualTo("Lan");
        assertThat(history.get(1).at("/entry/before").asString()).isEqualTo("OPEN");
        assertThat(history.get(1).at("/entry/after").asString()).isEqualTo("ACCEPTED");
        assertThat(history.get(1).at("/entry/text").asString()).isEqualTo("Xã Lạc Đạo chưa đạt");
        assertThat(history.get(2).at("/entry/waivedUntil").asString()).isEqualTo("2016-03-31");
        assertThat(history.get(1).at("/entry/at").asString()).startsWith("2016-01-10T03:00");

        mvc.perform(post("/api/findings/999999/accept").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reviewer\":\"Lan\",\"text\":\"x\"}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Không có phát hiện nào với mã 999999."));
    }

    @Test
    void aWaiverHoldsThroughItsLastDayAndLapsesTheDayAfter() throws Exception {
        long id = unmetLiteracy();
        decide(id, "waive", Map.of("reviewer", "Minh", "text", "Chờ số liệu điều tra", "until", "2016-01-11"),
                status().isOk());

        clock.moveTo(LocalDate.of(2016, 1, 11));
        reevaluate();
        assertThat(reviewStatus(id)).isEqualTo("WAIVED");

        clock.moveTo(LocalDate.of(2016, 1, 12));
        reevaluate();
        assertThat(reviewStatus(id)).isEqualTo("OPEN");
        assertThat(actions(id)).containsExactly("FOUND", "WAIVED", "WAIVER_EXPIRED");
        JsonNode lapse = json(get("/api/findings/" + id)).get("history").get(2);
        assertThat(lapse.at("/entry/before").asString()).isEqualTo("WAIVED");
        assertThat(lapse.at("/entry/after").asString()).isEqualTo("OPEN");
        assertThat(json(get("/api/findings/" + id)).at("/finding/review/waivedUntil").isNull()).isTrue();
    }

    @Test
    void aNewerReportThatNoLongerHasTheBreachResolvesItAndABreachFoundAgainReopens() throws Exception {
        long id = unmetLiteracy();
        decide(id, "accept", Map.of("reviewer", "Lan", "text", "Đúng"), status().isOk());

        long corrected = storedId(upload(file("vanlam-sua.xlsx", vanLam2015H2(SENT.plusDays(1), 99.9))));
        JsonNode resolved = json(get("/api/findings/" + id)).get("finding");
        assertThat(resolved.at("/review/status").asString()).isEqualTo("RESOLVED");
        assertThat(resolved.at("/review/resolvedByReport").asLong()).isEqualTo(corrected);
        assertThat(resolved.at("/review/resolvedAt").asString()).startsWith("2016-01-10T03:00");
        assertThat(ids(get("/api/findings").param("code", "LIT_15_60"))).doesNotContain(id);
        assertThat(ids(get("/api/findings").param("code", "LIT_15_60").param("status", "RESOLVED")))
                .containsExactly(id);
        decide(id, "accept", Map.of("reviewer", "Lan", "text", "x"), status().isConflict());
        decide(id, "comments", Map.of("reviewer", "Lan", "text", "Huyện đã sửa số liệu"), status().isCreated());

        // the unit resends a wrong figure: the same breach again, the same finding, open again
        mvc.perform(upload(file("vanlam-lai.xlsx", vanLam2015H2(SENT.plusDays(2), 99.4)))).andExpect(status().isOk());
        JsonNode again = json(get("/api/findings/" + id)).get("finding");
        assertThat(again.at("/review/status").asString()).isEqualTo("OPEN");
        assertThat(again.get("actual").asDouble()).isEqualTo(99.4);
        assertThat(actions(id)).containsExactly("FOUND", "ACCEPTED", "RESOLVED", "COMMENTED", "REOPENED");
        JsonNode resolution = json(get("/api/findings/" + id)).get("history").get(2);
        assertThat(resolution.at("/entry/reportId").asLong()).isEqualTo(corrected);
    }

    @Test
    void aFindingKeepsItsIdentityAndReviewAcrossReEvaluations() throws Exception {
        unmetLiteracy();
        List<Long> before = ids(get("/api/findings").param("size", "1000"));
        long id = before.get(0);
        decide(id, "waive", Map.of("reviewer", "Minh", "text", "Chờ", "until", "2016-02-01"), status().isOk());

        reevaluate();
        reevaluate();
        assertThat(ids(get("/api/findings").param("size", "1000"))).containsExactlyElementsOf(before);
        assertThat(reviewStatus(id)).isEqualTo("WAIVED");
        assertThat(actions(id)).containsExactly("FOUND", "WAIVED");
        long keys = jdbc.sql("select count(distinct finding_key) from finding").query(Long.class).single();
        assertThat(keys).isEqualTo(jdbc.sql("select count(*) from finding").query(Long.class).single());
    }

    @Test
    void judgingTheUnitsOfEachUploadFindsWhatJudgingEverythingFinds() throws Exception {
        unmetLiteracy();
        storedId(upload(file("yenmy-2014.xlsx", WorkbookBuilder.report("H_YENMY", "2014-H2", LocalDate.of(2014, 12, 20))
                .indicator("LIT_15_60", 2014, 99.0))));
        storedId(upload(file("vanlam-2014.xlsx", WorkbookBuilder.report("H_VANLAM", "2014-H2", LocalDate.of(2014, 12, 1))
                .indicator("LIT_15_60", 2014, 98.0))));
        storedId(upload(file("vanlam-sua.xlsx", vanLam2015H2(SENT.plusDays(3), 99.9))));
        String incremental = json(get("/api/findings").param("size", "1000").param("status", "OPEN", "RESOLVED"))
                .get("items").toString();
        long entries = count();

        reevaluate();
        assertThat(json(get("/api/findings").param("size", "1000").param("status", "OPEN", "RESOLVED"))
                .get("items").toString()).isEqualTo(incremental);
        assertThat(count()).as("a full evaluation changes nothing more").isEqualTo(entries);
        assertThat(incremental).contains("H_YENMY").contains("H_VANLAM").contains("REPORT.LATE.H2")
                .contains("MISSING_REPORT");
    }

    @Test
    void theAuditLogCanOnlyBeAddedTo() throws Exception {
        long id = unmetLiteracy();
        decide(id, "accept", Map.of("reviewer", "Lan", "text", "Đúng"), status().isOk());
        long entries = count();

        JsonNode log = json(get("/api/audit").param("actor", "Lan"));
        assertThat(log.get("total").asInt()).isEqualTo(1);
        long entryId = log.at("/items/0/entry/id").asLong();
        assertThat(json(get("/api/audit").param("system", "true")).get("total").asLong()).isEqualTo(entries - 1);

        String body = "{\"reviewer\":\"Kẻ gian\",\"text\":\"sửa\"}";
        for (String path : List.of("/api/audit", "/api/audit/" + entryId, "/api/findings/" + id + "/history",
                "/api/findings/" + id + "/comments/" + entryId)) {
            for (RequestBuilder change : List.of(put(path).contentType(MediaType.APPLICATION_JSON).content(body),
                    patch(path).contentType(MediaType.APPLICATION_JSON).content(body), delete(path))) {
                int code = mvc.perform(change).andReturn().getResponse().getStatus();
                assertThat(code).as(path).isIn(404, 405);
            }
        }
        mvc.perform(post("/api/audit").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isMethodNotAllowed());
        mvc.perform(delete("/api/findings/" + id)).andExpect(status().isMethodNotAllowed());
        assertThat(count()).isEqualTo(entries);
        assertThat(json(get("/api/findings/" + id)).at("/history/1/entry/text").asString()).isEqualTo("Đúng");
    }

    @Test
    void aSignedInReviewerIsTheOneRecorded() throws Exception {
        long id = unmetLiteracy();
        mvc.perform(post("/api/findings/" + id + "/accept").with(user("auditor.lan").roles("AUDITOR"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reviewer\":\"Ai đó\",\"text\":\"Đúng\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.finding.review.decidedBy").value("auditor.lan"));
    }

    /** Văn Lâm reports 99.50% literacy for 2015 (the target is 99.80): the one UNMET_TARGET finding's id. */
    private long unmetLiteracy() throws Exception {
        storedId(upload(file("vanlam.xlsx", vanLam2015H2(SENT, 99.5))));
        List<Long> ids = ids(get("/api/findings").param("kind", "UNMET_TARGET"));
        assertThat(ids).hasSize(1);
        assertThat(clock.instant()).isEqualTo(FixedClock.TODAY.atTime(10, 0).atZone(FixedClock.ZONE).toInstant());
        return ids.get(0);
    }

    private JsonNode decide(long id, String action, Map<String, String> fields, ResultMatcher expected)
            throws Exception {
        String body = mvc.perform(post("/api/findings/" + id + "/" + action).contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(fields)).with(signedIn(fields.get("reviewer"))))
                .andExpect(expected).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return JSON.readTree(body);
    }

    /** The reviewer is the signed-in auditor (issue 6); one with a blank name stands for a request naming nobody. */
    private static RequestPostProcessor signedIn(String reviewer) {
        return authentication(new UsernamePasswordAuthenticationToken(reviewer == null ? " " : reviewer, "n/a",
                AuthorityUtils.createAuthorityList("ROLE_AUDITOR")));
    }

    private void reevaluate() throws Exception {
        mvc.perform(post("/api/evaluation")).andExpect(status().isOk());
    }

    private String reviewStatus(long id) throws Exception {
        return json(get("/api/findings/" + id)).at("/finding/review/status").asString();
    }

    private List<String> actions(long id) throws Exception {
        List<String> actions = new ArrayList<>();
        json(get("/api/findings/" + id)).get("history").forEach(e -> actions.add(e.at("/entry/action").asString()));
        return actions;
    }

    private List<Long> ids(RequestBuilder request) throws Exception {
        List<Long> ids = new ArrayList<>();
        json(request).get("items").forEach(f -> ids.add(f.get("id").asLong()));
        return ids;
    }

    private long storedId(RequestBuilder upload) throws Exception {
        return json(upload).at("/files/0/reportId").asLong();
    }

    private long count() {
        // the findings' history: uploads and sign-ins are in the audit log too (issue 6)
        return jdbc.sql("select count(*) from audit_event where finding_id is not null").query(Long.class).single();
    }

    private JsonNode json(RequestBuilder request) throws Exception {
        String body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return JSON.readTree(body);
    }
}
