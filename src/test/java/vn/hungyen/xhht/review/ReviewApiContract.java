package vn.hungyen.xhht.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.hungyen.xhht.review.Uploading.file;
import static vn.hungyen.xhht.review.Uploading.history;
import static vn.hungyen.xhht.review.Uploading.upload;
import static vn.hungyen.xhht.review.Uploading.vanLam2015H2;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.RequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hungyen.xhht.testing.Database;
import vn.hungyen.xhht.testing.FixedClock;
import vn.hungyen.xhht.testing.NewInstallation;
import vn.hungyen.xhht.testing.WorkbookBuilder;

/**
 * The JSON API over real workbooks, the real rules and a real database, as of {@link FixedClock#TODAY}
 * (10/01/2016: the periods 2013-H2 to 2015-H2 are due). Every test starts from a new installation: the
 * register of rules/units.csv (30 units) and no report.
 */
abstract class ReviewApiContract extends NewInstallation {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int UNITS = 30;
    private static final int PERIODS_DUE = 5;

    @Test
    void anUploadedReportIsStoredAndJudged() throws Exception {
        JsonNode result = json(upload(file("vanlam-2015-H2.xlsx", vanLam2015H2(LocalDate.of(2015, 12, 10), 99.5))));

        JsonNode outcome = result.get("files").get(0);
        assertThat(outcome.get("outcome").asString()).isEqualTo("STORED");
        assertThat(outcome.get("unit").asString()).isEqualTo("H_VANLAM");
        assertThat(outcome.get("unitName").asString()).isEqualTo("UBND huyện Văn Lâm");
        assertThat(outcome.get("period").asString()).isEqualTo("2015-H2");
        assertThat(outcome.get("message").asString())
                .isEqualTo("Đã lưu tệp vanlam-2015-H2.xlsx: báo cáo 6 tháng cuối năm 2015 của UBND huyện Văn Lâm.");
        long id = outcome.get("reportId").asLong();
        JsonNode unmet = only(outcome.get("findings"), "UNMET_TARGET");
        assertThat(unmet.get("ruleId").asString()).isEqualTo("LIT_15_60.2015");
        assertThat(unmet.get("severity").asString()).isEqualTo("HIGH");
        assertThat(unmet.get("source").asString()).isEqualTo("vanlam-2015-H2.xlsx!Chỉ tiêu!E2");
        assertThat(unmet.get("actual").asDouble()).isEqualTo(99.5);
        assertThat(unmet.get("target").asDouble()).isEqualTo(99.8);
        assertThat(unmet.get("reportId").asLong()).isEqualTo(id);
        assertThat(unmet.get("message").asString()).startsWith("UBND huyện Văn Lâm báo cáo chỉ tiêu");
        assertThat(result.get("evaluation").get("asOf").asString()).isEqualTo(FixedClock.TODAY.toString());
        assertThat(result.get("evaluation").get("reports").asInt()).isEqualTo(1);

        mvc.perform(get("/api/findings").param("unit", "H_VANLAM").param("kind", "UNMET_TARGET").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].reportId").value(id))
                .andExpect(jsonPath("$.items[0].kindLabel").value("Target not met"))
                .andExpect(jsonPath("$.items[0].message").value(startsWith(
                        "Văn Lâm District People's Committee reported indicator")))
                .andExpect(jsonPath("$.evaluation.asOf").value("2016-01-10"));
        // the other units and periods due have sent nothing
        mvc.perform(get("/api/findings").param("kind", "MISSING_REPORT"))
                .andExpect(jsonPath("$.total").value(UNITS * PERIODS_DUE - 1));
    }

    @Test
    void theSameFileIsStoredOnce() throws Exception {
        MockMultipartFile report = file("vanlam-2015-H2.xlsx", vanLam2015H2(LocalDate.of(2015, 12, 10), 99.5));
        JsonNode first = json(upload(report, report)).get("files");
        assertThat(first.get(0).get("outcome").asString()).isEqualTo("STORED");
        assertThat(first.get(1).get("outcome").asString()).isEqualTo("DUPLICATE");
        List<Long> rows = Database.rowCounts(jdbc);

        JsonNode again = json(upload(file("copy.xlsx", report.getBytes()))).get("files").get(0);

        assertThat(again.get("outcome").asString()).isEqualTo("DUPLICATE");
        assertThat(again.get("reportId").asLong()).isEqualTo(first.get(0).get("reportId").asLong());
        assertThat(again.get("message").asString()).startsWith("Không lưu lại tệp copy.xlsx: tệp giống hệt đã được "
                + "lưu (vanlam-2015-H2.xlsx (#" + first.get(0).get("reportId").asLong() + "))");
        assertThat(again.get("findings")).isNotEmpty();
        assertThat(Database.rowCounts(jdbc)).isEqualTo(rows);
    }

    @Test
    void aReportSubmittedLaterSupersedesAndTheFindingsAreJudgedAgain() throws Exception {
        long v1 = storedId(history(file("vanlam-v1.xlsx", vanLam2015H2(LocalDate.of(2015, 12, 10), 99.5))));
        JsonNode v2 = json(history(file("vanlam-v2.xlsx", vanLam2015H2(LocalDate.of(2015, 12, 12), 99.9))))
                .get("files").get(0);
        assertThat(v2.get("outcome").asString()).isEqualTo("SUPERSEDES");
        assertThat(v2.get("otherReportId").asLong()).isEqualTo(v1);
        assertThat(v2.get("message").asString()).contains("(vanlam-v1.xlsx (#" + v1 + "))");
        long v2Id = v2.get("reportId").asLong();

        mvc.perform(get("/api/findings").param("unit", "H_VANLAM").param("kind", "UNMET_TARGET"))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/findings").param("report", String.valueOf(v1)))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/reports/{id}", v1))
                .andExpect(jsonPath("$.report.current").value(false))
                .andExpect(jsonPath("$.versions[0].id").value(v2Id))
                .andExpect(jsonPath("$.versions[0].current").value(true))
                .andExpect(jsonPath("$.versions[1].id").value(v1))
                .andExpect(jsonPath("$.findings.length()").value(0));
        mvc.perform(get("/api/reports").param("current", "false"))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(v1));

        JsonNode older = json(history(file("vanlam-v0.xlsx", vanLam2015H2(LocalDate.of(2015, 12, 1), 90))))
                .get("files").get(0);
        assertThat(older.get("outcome").asString()).isEqualTo("SUPERSEDED");
        assertThat(older.get("otherReportId").asLong()).isEqualTo(v2Id);
        assertThat(older.get("findings")).isEmpty();
        mvc.perform(get("/api/findings").param("unit", "H_VANLAM").param("kind", "UNMET_TARGET"))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void aFileThatGivesNoReportIsRejectedWithItsReasonsAndNothingIsStored() throws Exception {
        send(file("vanlam.xlsx", vanLam2015H2(LocalDate.of(2015, 12, 10), 99.9)));
        List<Long> rows = Database.rowCounts(jdbc);

        JsonNode files = json(upload(file("notes.xlsx", "not a workbook".getBytes()),
                file("khoaichau.xlsx", WorkbookBuilder.report("H_KHOAI_CHAU", "2015-H2", LocalDate.of(2015, 12, 1))
                        .indicator("LIT_15_60", 2015, 99.9)))).get("files");

        assertThat(files.get(0).get("outcome").asString()).isEqualTo("REJECTED");
        assertThat(files.get(0).get("reportId").isNull()).isTrue();
        assertThat(files.get(0).get("message").asString()).startsWith("Không lưu tệp notes.xlsx vì không đọc được "
                + "báo cáo từ tệp: Tệp không phải là sổ tính Excel");
        assertThat(files.get(0).get("problems").get(0).get("source").asString()).isEqualTo("notes.xlsx");
        assertThat(files.get(0).get("problems").get(0).get("problem").asString()).isEqualTo("NOT_A_WORKBOOK");
        assertThat(files.get(1).get("outcome").asString()).isEqualTo("REJECTED");
        assertThat(files.get(1).get("message").asString()).contains("khoaichau.xlsx!Thông tin!B1: ")
                .contains("H_KHOAI_CHAU");
        assertThat(Database.rowCounts(jdbc)).isEqualTo(rows);
    }

    @Test
    void findingsAreFilteredAndPaged() throws Exception {
        sendHistory(file("vanlam.xlsx", vanLam2015H2(LocalDate.of(2015, 12, 20), 99.5)));
        sendHistory(file("ldld.xlsx", WorkbookBuilder.report("LDLD", "2015-H2", LocalDate.of(2015, 12, 10))
                .indicator("IZ_UPPERSEC", 2015, 88.6)));
        int missing = UNITS * PERIODS_DUE - 2;

        mvc.perform(get("/api/findings").param("kind", "MISSING_REPORT").param("size", "50").param("page", "2"))
                .andExpect(jsonPath("$.total").value(missing))
                .andExpect(jsonPath("$.totalPages").value(3))
                .andExpect(jsonPath("$.page").value(2))
                .andExpect(jsonPath("$.items.length()").value(missing - 100));
        mvc.perform(get("/api/findings").param("kind", "missing_report").param("unitKind", "MASS_ORGANISATION"))
                .andExpect(jsonPath("$.total").value(8 * PERIODS_DUE - 1));
        mvc.perform(get("/api/findings").param("unit", "H_VANLAM").param("period", "2015-H2")
                        .param("kind", "UNMET_TARGET,LATE_REPORT"))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].kind").value("UNMET_TARGET"))
                .andExpect(jsonPath("$.items[1].kind").value("LATE_REPORT"));
        mvc.perform(get("/api/findings").param("ruleId", "REPORT.LATE.H2"))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].date").value("2015-12-20"))
                .andExpect(jsonPath("$.items[0].due").value("2015-12-15"));
        mvc.perform(get("/api/findings").param("code", "IZ_UPPERSEC"))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].unit").value("LDLD"))
                // a mass organisation's breach is one severity lower (IV.11)
                .andExpect(jsonPath("$.items[0].severity").value("MEDIUM"));
        mvc.perform(get("/api/findings").param("page", "99"))
                .andExpect(jsonPath("$.items.length()").value(0));

        long all = json(get("/api/findings")).get("total").asLong();
        long bySeverity = 0;
        for (String severity : List.of("HIGH", "MEDIUM", "LOW")) {
            bySeverity += json(get("/api/findings").param("severity", severity)).get("total").asLong();
        }
        assertThat(bySeverity).isEqualTo(all);
        assertThat(json(get("/api/findings").param("severity", "HIGH", "MEDIUM")).get("total").asLong())
                .isEqualTo(all - json(get("/api/findings").param("severity", "LOW")).get("total").asLong());
        List<String> units = new ArrayList<>();
        json(get("/api/findings").param("size", "1000")).get("items").forEach(f -> units.add(f.get("unit").asString()));
        // units in the register's order, as every list shows them
        List<String> register = List.copyOf(rules.register().all()).stream().map(u -> u.code()).toList();
        assertThat(units).hasSize((int) all).isSortedAccordingTo(Comparator.comparingInt(register::indexOf));
    }

    @Test
    void reportsAreListedWithTheirFindingsBySeverity() throws Exception {
        long late = storedId(history(file("vanlam-2015-H2.xlsx", vanLam2015H2(LocalDate.of(2015, 12, 20), 99.5))));
        long onTime = storedId(history(file("vanlam-2015-H1.xlsx",
                WorkbookBuilder.report("H_VANLAM", "2015-H1", LocalDate.of(2015, 6, 10)))));
        long ldld = storedId(history(file("ldld-2015-H2.xlsx",
                WorkbookBuilder.report("LDLD", "2015-H2", LocalDate.of(2015, 12, 10)))));

        mvc.perform(get("/api/reports"))
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items[0].period").value("2015-H2"))
                .andExpect(jsonPath("$.items[2].id").value(onTime));
        mvc.perform(get("/api/reports").param("unit", "H_VANLAM").param("size", "1"))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.totalPages").value(2))
                .andExpect(jsonPath("$.items.length()").value(1));
        mvc.perform(get("/api/reports").param("period", "2015-H2").param("unitKind", "MASS_ORGANISATION"))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(ldld));
        mvc.perform(get("/api/reports").param("late", "true"))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(late))
                .andExpect(jsonPath("$.items[0].onTime").value(false))
                .andExpect(jsonPath("$.items[0].deadline").value("2015-12-15"));

        JsonNode item = json(get("/api/reports").param("late", "true")).get("items").get(0);
        long findings = json(get("/api/findings").param("report", String.valueOf(late))).get("total").asLong();
        long high = json(get("/api/findings").param("report", String.valueOf(late)).param("severity", "HIGH"))
                .get("total").asLong();
        assertThat(item.get("findings").get("total").asLong()).isEqualTo(findings).isPositive();
        assertThat(item.get("findings").get("high").asLong()).isEqualTo(high).isPositive();
    }

    @Test
    void oneReportIsShownWhole() throws Exception {
        long id = storedId(upload(file("vanlam.xlsx", vanLam2015H2(LocalDate.of(2015, 12, 10), 99.5)
                .preparedBy("Nguyễn Thị B").indicator("RURAL_CLC", 2015, null, null, "nhiều"))));

        mvc.perform(get("/api/reports/{id}", id).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.report.id").value(id))
                .andExpect(jsonPath("$.report.unitName").value("Văn Lâm District People's Committee"))
                .andExpect(jsonPath("$.report.periodLabel").value("second half of 2015"))
                .andExpect(jsonPath("$.preparedBy").value("Nguyễn Thị B"))
                .andExpect(jsonPath("$.values.length()").value(2))
                .andExpect(jsonPath("$.values[0].indicator").value("LIT_15_60"))
                .andExpect(jsonPath("$.values[0].indicatorName").value("Literacy rate, ages 15-60"))
                .andExpect(jsonPath("$.values[0].source").value("vanlam.xlsx!Chỉ tiêu!E2"))
                .andExpect(jsonPath("$.deliverables[0].deliverable").value("PL02"))
                .andExpect(jsonPath("$.deliverables[0].statusLabel").value("Done"))
                .andExpect(jsonPath("$.problems[0].problem").value("BAD_NUMBER"))
                .andExpect(jsonPath("$.problems[0].source").value("vanlam.xlsx!Chỉ tiêu!E4"))
                .andExpect(jsonPath("$.problems[0].message").value(startsWith("\"nhiều\" is not a number")))
                .andExpect(jsonPath("$.findings[?(@.kind == 'DATA_ERROR')].source").value("vanlam.xlsx!Chỉ tiêu!E4"))
                .andExpect(jsonPath("$.versions.length()").value(1));
    }

    @Test
    void completenessAsOfADay() throws Exception {
        sendHistory(file("vanlam-2015-H2.xlsx", vanLam2015H2(LocalDate.of(2015, 12, 20), 99.9)));
        sendHistory(file("vanlam-2015-H1.xlsx", WorkbookBuilder.report("H_VANLAM", "2015-H1", LocalDate.of(2015, 6, 10))));
        sendHistory(file("ldld-2015-H2.xlsx", WorkbookBuilder.report("LDLD", "2015-H2", LocalDate.of(2015, 12, 10))));

        JsonNode before = json(get("/api/completeness").param("asOf", "2015-12-12"));
        assertThat(before.get("units")).hasSize(UNITS);
        assertThat(before.get("periods")).hasSize(15);
        assertThat(cell(before, "H_VANLAM", "2015-H2")).isEqualTo("NOT_DUE");
        assertThat(cell(before, "H_VANLAM", "2015-H1")).isEqualTo("ON_TIME");
        assertThat(cell(before, "LDLD", "2015-H2")).isEqualTo("ON_TIME");
        assertThat(cell(before, "LDLD", "2015-H1")).isEqualTo("MISSING");
        assertThat(cell(before, "LDLD", "2016-H1")).isEqualTo("NOT_DUE");
        JsonNode h2 = period(before, "2015-H2");
        assertThat(h2.get("due").asBoolean()).isFalse();
        assertThat(h2.get("received").asInt()).isEqualTo(1);
        assertThat(h2.get("reportingRate").asDouble()).isEqualTo(3.3);

        JsonNode after = json(get("/api/completeness").param("asOf", "2016-01-10").param("lang", "en"));
        assertThat(cell(after, "H_VANLAM", "2015-H2")).isEqualTo("LATE");
        h2 = period(after, "2015-H2");
        assertThat(h2.get("due").asBoolean()).isTrue();
        assertThat(h2.get("expected").asInt()).isEqualTo(UNITS);
        assertThat(h2.get("received").asInt()).isEqualTo(2);
        assertThat(h2.get("onTime").asInt()).isEqualTo(1);
        assertThat(h2.get("late").asInt()).isEqualTo(1);
        assertThat(h2.get("missing").asInt()).isEqualTo(UNITS - 2);
        assertThat(h2.get("reportingRate").asDouble()).isEqualTo(6.7);
        assertThat(h2.get("onTimeRate").asDouble()).isEqualTo(3.3);
        assertThat(h2.get("label").asString()).isEqualTo("second half of 2015");

        // the default day is today; a kind of unit narrows the matrix
        mvc.perform(get("/api/completeness").param("unitKind", "DISTRICT"))
                .andExpect(jsonPath("$.asOf").value(FixedClock.TODAY.toString()))
                .andExpect(jsonPath("$.units.length()").value(10))
                .andExpect(jsonPath("$.periods[0].expected").value(10));
    }

    @Test
    void targetsShowWhoMeetsMissesOrGaveNoValue() throws Exception {
        send(file("vanlam.xlsx", vanLam2015H2(LocalDate.of(2015, 12, 10), 99.5)));
        send(file("yenmy.xlsx", WorkbookBuilder.report("H_YENMY", "2015-H2", LocalDate.of(2015, 12, 10))
                .indicator("LIT_15_60", 2015, 99.9)));
        send(file("ldld.xlsx", WorkbookBuilder.report("LDLD", "2015-H2", LocalDate.of(2015, 12, 10))
                .indicator("WRK_IT_FL", 2015, 30)));

        JsonNode groups = json(get("/api/targets").param("indicator", "LIT_15_60").param("year", "2015"));
        assertThat(groups).hasSize(1);
        JsonNode target = groups.get(0);
        assertThat(target.get("ruleId").asString()).isEqualTo("LIT_15_60.2015");
        assertThat(target.get("threshold").asDouble()).isEqualTo(99.8);
        assertThat(target.get("citation").asString()).isEqualTo("II.1.a");
        assertThat(target.get("units").asInt()).isEqualTo(11);
        assertThat(target.get("missed")).hasSize(1);
        assertThat(target.get("missed").get(0).get("unit").asString()).isEqualTo("H_VANLAM");
        assertThat(target.get("missed").get(0).get("value").asDouble()).isEqualTo(99.5);
        assertThat(target.get("missed").get(0).get("compareTo").asDouble()).isEqualTo(99.8);
        assertThat(target.get("met")).hasSize(1);
        assertThat(target.get("met").get(0).get("unit").asString()).isEqualTo("H_YENMY");
        assertThat(target.get("noValue")).hasSize(9);

        JsonNode rises = json(get("/api/targets").param("indicator", "WRK_IT_FL").param("year", "2015")).get(0);
        assertThat(rises.get("kind").asString()).isEqualTo("RISES");
        assertThat(rises.get("threshold").isNull()).isTrue();
        assertThat(rises.get("unjudged").get(0).get("unit").asString()).isEqualTo("LDLD");

        assertThat(json(get("/api/targets")).size()).isGreaterThan(20);
    }

    @Test
    void sampleWorkbooksUploadedThroughTheApi() throws Exception {
        Path stored = Path.of("sample-reports/2015-H2/h-khoaichau-2015-H2.xlsx");
        Path broken = Path.of("sample-reports/2017-H1/so-tttt-2017-H1-ban-nhap.xlsx");
        Assumptions.assumeTrue(Files.isRegularFile(stored) && Files.isRegularFile(broken), "no sample reports yet");

        JsonNode files = json(upload(file(stored.getFileName().toString(), Files.readAllBytes(stored)),
                file(broken.getFileName().toString(), Files.readAllBytes(broken)))).get("files");

        assertThat(files.get(0).get("outcome").asString()).isEqualTo("STORED");
        JsonNode unmet = only(files.get(0).get("findings"), "UNMET_TARGET");
        assertThat(unmet.get("ruleId").asString()).isEqualTo("RURAL_CLC.2015");
        assertThat(unmet.get("source").asString()).isEqualTo("h-khoaichau-2015-H2.xlsx!Chỉ tiêu!E7");
        assertThat(unmet.get("actual").asDouble()).isEqualTo(57.4);
        assertThat(files.get(1).get("outcome").asString()).isEqualTo("REJECTED");
        assertThat(files.get(1).get("problems").get(0).get("problem").asString()).isEqualTo("NOT_A_WORKBOOK");
    }

    @Test
    void theLanguageComesFromLangThenAcceptLanguage() throws Exception {
        send(file("vanlam.xlsx", vanLam2015H2(LocalDate.of(2015, 12, 10), 99.5)));
        RequestBuilder english = get("/api/findings").param("kind", "UNMET_TARGET").header("Accept-Language", "en");
        mvc.perform(english).andExpect(jsonPath("$.items[0].severityLabel").value("HIGH"));
        mvc.perform(get("/api/findings").param("kind", "UNMET_TARGET").param("lang", "vi")
                        .header("Accept-Language", "en"))
                .andExpect(jsonPath("$.items[0].severityLabel").value("CAO"));
        mvc.perform(get("/api/findings").param("kind", "UNMET_TARGET").header("Accept-Language", "fr, en;q=0.5"))
                .andExpect(jsonPath("$.items[0].kindLabel").value("Target not met"));
        mvc.perform(get("/api/findings").param("kind", "UNMET_TARGET"))
                .andExpect(jsonPath("$.items[0].kindLabel").value("Không đạt mục tiêu"));
    }

    @Test
    void errorsAreProblemDetailsWithoutStackTraces() throws Exception {
        mvc.perform(get("/api/reports/{id}", 987654).param("lang", "en"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail").value("There is no stored report with id 987654."))
                .andExpect(jsonPath("$.trace").doesNotExist());
        mvc.perform(get("/api/findings").param("period", "2015-H3").param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Parameter period: \"2015-H3\" is not a report period; "
                        + "write it as 2015-H2."));
        mvc.perform(get("/api/reports").param("period", "mùa xuân"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/findings").param("severity", "SEVERE").param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Parameter severity: \"SEVERE\" is not valid; expected HIGH, "
                        + "MEDIUM, LOW."));
        mvc.perform(get("/api/completeness").param("asOf", "2016-13-01").param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("a date as yyyy-MM-dd")));
        mvc.perform(get("/api/findings").param("size", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/reports").param("page", "x"))
                .andExpect(status().isBadRequest());
        mvc.perform(multipart("/api/reports").param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(startsWith("No file was sent")));
        mvc.perform(upload(new MockMultipartFile("files", "", Uploading.XLSX, new byte[0])))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(startsWith("Chưa có tệp nào được gửi")));
        mvc.perform(post("/api/reports").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(Database.rowCounts(jdbc)).containsOnly(0L);
    }

    @Test
    void theEvaluationCanBeAskedForAndRedone() throws Exception {
        mvc.perform(get("/api/evaluation")).andExpect(status().isNoContent());
        mvc.perform(post("/api/evaluation"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.asOf").value("2016-01-10"))
                .andExpect(jsonPath("$.rulesVersion").value(rules.version()))
                .andExpect(jsonPath("$.findings").value(UNITS * PERIODS_DUE));
        mvc.perform(get("/api/evaluation")).andExpect(jsonPath("$.reports").value(0));
    }

    @Test
    void theApiIsDescribed() throws Exception {
        JsonNode api = json(get("/v3/api-docs"));
        assertThat(api.get("paths").propertyNames()).contains("/api/reports", "/api/reports/{id}", "/api/findings",
                "/api/completeness", "/api/targets", "/api/units", "/api/units/{code}", "/api/evaluation");
        assertThat(api.get("paths").get("/api/reports").get("post").get("summary").asString())
                .startsWith("Upload one or more report workbooks");
        assertThat(api.get("paths").get("/api/findings").get("get").get("parameters").toString())
                .contains("\"lang\"").doesNotContain("\"language\"");
        mvc.perform(get("/swagger-ui.html")).andExpect(status().is3xxRedirection());
    }

    @Test
    void anUploadIsDatedByTheDayItArrivedAndKeepsItsWrittenDate() throws Exception {
        // catalog reading 14: a 2015-H2 report dated 10/12/2015 but received on 10/01/2016 is late
        JsonNode outcome = send(file("vanlam.xlsx", vanLam2015H2(LocalDate.of(2015, 12, 10), 99.9)))
                .get("files").get(0);
        JsonNode late = only(outcome.get("findings"), "LATE_REPORT");
        assertThat(late.get("date").asString()).isEqualTo(FixedClock.TODAY.toString());
        JsonNode report = json(get("/api/reports/" + outcome.get("reportId").asLong()));
        assertThat(report.toString()).contains("\"submittedOn\":\"2015-12-10\"").contains("\"datedByReceipt\":true")
                .contains("\"onTime\":false");
    }

    @Test
    void anAdministratorsImportOfHistoryKeepsItsWrittenDate() throws Exception {
        MockMultipartFile paper = file("vanlam-giay.xlsx", vanLam2015H2(LocalDate.of(2015, 12, 10), 99.9));
        JsonNode outcome = json(multipart("/api/reports/import").file(paper)).get("files").get(0);
        assertThat(outcome.get("outcome").asString()).isEqualTo("STORED");
        assertThat(outcome.get("findings").toString()).doesNotContain("LATE_REPORT");
        JsonNode report = json(get("/api/reports/" + outcome.get("reportId").asLong()));
        assertThat(report.toString()).contains("\"datedByReceipt\":false").contains("\"onTime\":true");

        mvc.perform(multipart("/api/reports/import").file(paper)
                        .with(user("vanlam").roles("UNIT_REPORTER")))
                .andExpect(status().isForbidden());
    }

    private JsonNode json(RequestBuilder request) throws Exception {
        String body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return JSON.readTree(body);
    }

    private JsonNode send(MockMultipartFile... files) throws Exception {
        return json(upload(files));
    }

    /** Reports of 2015 as of 2016: history, dated by the dates written in them (catalog reading 14). */
    private JsonNode sendHistory(MockMultipartFile... files) throws Exception {
        return json(history(files));
    }

    private long storedId(RequestBuilder upload) throws Exception {
        JsonNode outcome = json(upload).get("files").get(0);
        assertThat(outcome.get("outcome").asString()).isIn("STORED", "SUPERSEDES");
        return outcome.get("reportId").asLong();
    }

    private static JsonNode only(JsonNode findings, String kind) {
        List<JsonNode> matching = new ArrayList<>();
        findings.forEach(f -> {
            if (f.get("kind").asString().equals(kind)) {
                matching.add(f);
            }
        });
        assertThat(matching).hasSize(1);
        return matching.get(0);
    }

    private static String cell(JsonNode completeness, String unit, String period) {
        for (JsonNode row : completeness.get("units")) {
            if (row.get("unit").asString().equals(unit)) {
                for (JsonNode cell : row.get("cells")) {
                    if (cell.get("period").asString().equals(period)) {
                        return cell.get("status").asString();
                    }
                }
            }
        }
        throw new AssertionError("no cell " + unit + " " + period);
    }

    private static JsonNode period(JsonNode completeness, String period) {
        for (JsonNode p : completeness.get("periods")) {
            if (p.get("period").asString().equals(period)) {
                return p;
            }
        }
        throw new AssertionError("no period " + period);
    }
}
