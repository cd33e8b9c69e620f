package vn.hungyen.xhht.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.hungyen.xhht.testing.Workbooks.file;
import static vn.hungyen.xhht.testing.Workbooks.history;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.RequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hungyen.xhht.testing.FixedClock;
import vn.hungyen.xhht.testing.NewInstallation;
import vn.hungyen.xhht.testing.WorkbookBuilder;

/**
 * What is due and overdue, per unit, over real uploaded workbooks and a real database, as of several days
 * around the 2015-H2 deadline (15/12/2015) and PL10's of 2015 (31/12/2015, every unit but the steering
 * committee). Văn Lâm sent its report on 10/12/2015 with PL10 in progress, and again on 05/01/2016 with PL10
 * done; Khoái Châu sent its on 20/12/2015 (late) with PL10 done. Both report their other yearly duties, which are
 * due 31/12 too (catalog reading 16), done. Nobody else sent anything.
 */
abstract class NoticeContract extends NewInstallation {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int UNITS = 30;
    /** The yearly duties due 31/12/2015 but PL10: ALL_ANNUAL_PROGRAM (29 units), BUDGET (19), HU_LEARNING_WEEK (10). */
    private static final int OTHER_YEARLY = 29 + 19 + 10;
    private static final int OTHER_YEARLY_OF_A_DISTRICT = 3;

    private long vanLamFirst;

    @BeforeEach
    void twoDistrictsReported() throws Exception {
        vanLamFirst = reportId(file("vanlam-v1.xlsx", otherYearlyDone(WorkbookBuilder.report("H_VANLAM", "2015-H2",
                LocalDate.of(2015, 12, 10)).deliverable("PL10", "Đang thực hiện", null, null))));
        reportId(file("vanlam-v2.xlsx", otherYearlyDone(WorkbookBuilder.report("H_VANLAM", "2015-H2",
                LocalDate.of(2016, 1, 5)).deliverable("PL10", "Hoàn thành", LocalDate.of(2015, 12, 28), "7/BC-UBND"))));
        reportId(file("khoaichau.xlsx", otherYearlyDone(WorkbookBuilder.report("H_KHOAICHAU", "2015-H2",
                LocalDate.of(2015, 12, 20)).deliverable("PL10", "Hoàn thành", LocalDate.of(2015, 12, 18), "5/BC-UBND"))));
    }

    private static WorkbookBuilder otherYearlyDone(WorkbookBuilder report) {
        LocalDate done = LocalDate.of(2015, 11, 20);
        return report.deliverable("ALL_ANNUAL_PROGRAM", "Hoàn thành", done, "1/KH-UBND")
                .deliverable("BUDGET", "Hoàn thành", done, "2/KH-UBND")
                .deliverable("HU_LEARNING_WEEK", "Hoàn thành", done, "3/KH-UBND");
    }

    @Test
    void beforeTheDeadlinesEveryUnitHasTheReportAndPl10DueSoon() throws Exception {
        JsonNode view = notices("asOf", "2015-12-01");

        assertThat(view.get("asOf").asString()).isEqualTo("2015-12-01");
        assertThat(view.get("since").asString()).isEqualTo("2015-11-01");
        assertThat(view.get("until").asString()).isEqualTo("2015-12-31");
        // nothing was sent by 01/12: every unit owes the report, all but the steering committee PL10,
        // the steering committee PL14 (31/12/2015), and the other yearly duties
        assertThat(view.get("dueSoon").asInt()).isEqualTo(UNITS + UNITS + OTHER_YEARLY);
        assertThat(view.get("overdue").asInt()).isZero();
        JsonNode vanLam = unit(view, "H_VANLAM");
        assertThat(items(vanLam.get("dueSoon"))).containsExactly("REPORT 2015-H2 2015-12-15 14",
                "DELIVERABLE ALL_ANNUAL_PROGRAM 2015-12-31 30", "DELIVERABLE BUDGET 2015-12-31 30",
                "DELIVERABLE HU_LEARNING_WEEK 2015-12-31 30", "DELIVERABLE PL10 2015-12-31 30");
        JsonNode report = vanLam.get("dueSoon").get(0);
        assertThat(report.get("label").asString()).isEqualTo("Báo cáo 6 tháng cuối năm 2015");
        assertThat(report.get("citation").asString()).isEqualTo("VI");
        JsonNode pl10 = vanLam.get("dueSoon").get(4);
        assertThat(pl10.get("year").asInt()).isEqualTo(2015);
        assertThat(pl10.get("ruleId").asString()).isEqualTo("PL10");
        assertThat(pl10.get("citation").asString()).isEqualTo("PL 10");
        assertThat(pl10.get("status").isNull()).isTrue();
        assertThat(items(unit(view, "BCD_TINH").get("dueSoon")))
                .containsExactly("REPORT 2015-H2 2015-12-15 14", "DELIVERABLE PL14 2015-12-31 30");
    }

    @Test
    void theDeadlineItselfIsStillDueAndTheDayAfterItIsOverdueUntilSent() throws Exception {
        JsonNode onTheDay = notices("asOf", "2015-12-15", "unit", "H_KHOAICHAU");
        assertThat(items(unit(onTheDay, "H_KHOAICHAU").get("dueSoon")))
                .containsExactly("REPORT 2015-H2 2015-12-15 0", "DELIVERABLE ALL_ANNUAL_PROGRAM 2015-12-31 16",
                        "DELIVERABLE BUDGET 2015-12-31 16", "DELIVERABLE HU_LEARNING_WEEK 2015-12-31 16",
                        "DELIVERABLE PL10 2015-12-31 16");
        assertThat(onTheDay.get("units")).hasSize(1);

        JsonNode dayAfter = notices("asOf", "2015-12-16", "unit", "H_KHOAICHAU");
        assertThat(items(unit(dayAfter, "H_KHOAICHAU").get("overdue"))).containsExactly("REPORT 2015-H2 2015-12-15 1");
        // Văn Lâm had sent its report on 10/12
        assertThat(unit(notices("asOf", "2015-12-16", "unit", "H_VANLAM"), "H_VANLAM").get("overdue")).isEmpty();

        // Khoái Châu sent it, late, on 20/12 and reported PL10 done
        JsonNode sent = notices("asOf", "2015-12-21", "unit", "H_KHOAICHAU");
        assertThat(sent.get("units")).isEmpty();
    }

    @Test
    void aDeliverableIsOverdueUntilTheReportThatCountsSaysItIsDone() throws Exception {
        JsonNode inProgress = notices("asOf", "2016-01-03", "since", "2015-12-01", "unit", "H_VANLAM");
        JsonNode pl10 = unit(inProgress, "H_VANLAM").get("overdue").get(0);
        assertThat(items(unit(inProgress, "H_VANLAM").get("overdue"))).containsExactly("DELIVERABLE PL10 2015-12-31 3");
        assertThat(pl10.get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(pl10.get("statusLabel").asString()).isEqualTo("Đang thực hiện");
        assertThat(pl10.get("reportId").asLong()).isEqualTo(vanLamFirst);

        // the second version, sent on 05/01/2016, says done
        assertThat(notices("asOf", "2016-01-06", "since", "2015-12-01", "unit", "H_VANLAM").get("units")).isEmpty();
    }

    @Test
    void asOfTodayEveryoneElseIsOverdueSinceTheDayAsked() throws Exception {
        JsonNode view = notices("since", "2015-12-01");

        assertThat(view.get("asOf").asString()).isEqualTo(FixedClock.TODAY.toString());
        assertThat(view.get("dueSoon").asInt()).isZero();
        // the report: all but Văn Lâm and Khoái Châu; PL10: the 29 units that owe it but those two; PL14
        assertThat(view.get("overdue").asInt()).isEqualTo((UNITS - 2) + (UNITS - 1 - 2) + 1
                + OTHER_YEARLY - 2 * OTHER_YEARLY_OF_A_DISTRICT);
        assertThat(view.get("units")).hasSize(UNITS - 2);
        assertThat(items(unit(view, "H_YENMY").get("overdue")))
                .containsExactly("REPORT 2015-H2 2015-12-15 26", "DELIVERABLE ALL_ANNUAL_PROGRAM 2015-12-31 10",
                        "DELIVERABLE BUDGET 2015-12-31 10", "DELIVERABLE HU_LEARNING_WEEK 2015-12-31 10",
                        "DELIVERABLE PL10 2015-12-31 10");
        // since the day after the deadline, the report is not listed
        assertThat(items(unit(notices("since", "2015-12-16", "unit", "H_YENMY"), "H_YENMY").get("overdue")))
                .containsExactly("DELIVERABLE ALL_ANNUAL_PROGRAM 2015-12-31 10", "DELIVERABLE BUDGET 2015-12-31 10",
                        "DELIVERABLE HU_LEARNING_WEEK 2015-12-31 10", "DELIVERABLE PL10 2015-12-31 10");
        assertThat(notices("since", "2015-12-01", "unitKind", "MASS_ORGANISATION").get("units")).hasSize(8);
    }

    @Test
    void theFormPicksTheDayAndTheListSaysWhatToChase() throws Exception {
        String page = html(get("/notices").param("asOf", "2015-12-16").param("since", "2015-12-01")
                .param("unit", "H_KHOAICHAU"));

        assertThat(page).contains("<h1>Việc sắp đến hạn và quá hạn</h1>")
                .contains("name=\"asOf\" value=\"16/12/2015\"").contains("name=\"since\" value=\"01/12/2015\"")
                .contains("name=\"days\" min=\"1\" max=\"366\" value=\"30\"")
                .contains("UBND huyện Khoái Châu").contains("Quá hạn (1)").contains("Sắp đến hạn (4)")
                .contains("href=\"/units/H_KHOAICHAU/periods/2015-H2/print\">Báo cáo 6 tháng cuối năm 2015</a>")
                .contains("quá hạn 1 ngày").contains("còn 15 ngày")
                .contains("<code>PL10</code>").contains("chưa báo cáo")
                .contains("<a href=\"/notices\" aria-current=\"page\" class=\"active\">");

        String english = html(get("/notices").param("asOf", "2016-01-03").param("since", "2015-12-01")
                .param("unit", "H_VANLAM").param("lang", "en"));
        assertThat(english).contains("Due soon and overdue").contains("Overdue (1)").contains("3 days late")
                .contains(">In progress</a>").contains("href=\"/reports/" + vanLamFirst + "?lang=en\"");

        assertThat(html(get("/notices"))).contains("name=\"asOf\" value=\""
                + FixedClock.TODAY.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + "\"");
        assertThat(html(get("/notices").param("asOf", "2017-03-01").param("unit", "H_VANLAM")))
                .contains("Không có việc nào sắp đến hạn hoặc quá hạn");
    }

    @Test
    void wrongParametersAreRefusedClearly() throws Exception {
        mvc.perform(get("/api/notices").param("asOf", "2016-01-10").param("since", "2016-02-01").param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(
                        "The \"overdue since\" day 2016-02-01 must not be after the as-of day 2016-01-10."));
        mvc.perform(get("/api/notices").param("days", "0").param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Days ahead 0 is not allowed: it must be 1 to 366."));
        mvc.perform(get("/api/notices").param("unit", "H_NOWHERE").param("lang", "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("There is no unit H_NOWHERE in the register."));
        mvc.perform(get("/api/notices").param("asOf", "01/12/2015"))
                .andExpect(status().isBadRequest());
        assertThat(html(get("/v3/api-docs"))).contains("\"/api/notices\"").contains("\"/api/findings.{format}\"");
        String page = mvc.perform(get("/notices").param("days", "999")).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Số ngày tới 999 không hợp lệ").doesNotContain("Exception");
    }

    private JsonNode notices(String... params) throws Exception {
        var request = get("/api/notices");
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return JSON.readTree(html(request));
    }

    private String html(RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private long reportId(org.springframework.mock.web.MockMultipartFile file) throws Exception {
        // reports of years ago, dated by their written dates (catalog reading 14)
        JsonNode outcome = JSON.readTree(html(history(file))).get("files").get(0);
        assertThat(outcome.get("outcome").asString()).isIn("STORED", "SUPERSEDES");
        return outcome.get("reportId").asLong();
    }

    private static JsonNode unit(JsonNode view, String code) {
        for (JsonNode u : view.get("units")) {
            if (u.get("unit").asString().equals(code)) {
                return u;
            }
        }
        throw new AssertionError("no unit " + code + " in " + view);
    }

    /** "type code due days" of each item. */
    private static List<String> items(JsonNode items) {
        List<String> lines = new ArrayList<>();
        items.forEach(i -> lines.add(i.get("type").asString() + " " + i.get("code").asString() + " "
                + i.get("due").asString() + " " + i.get("days").asLong()));
        return lines;
    }
}
