package vn.hungyen.xhht.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.RequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hungyen.xhht.testing.FixedClock;
import vn.hungyen.xhht.testing.NewInstallation;
import vn.hungyen.xhht.testing.WorkbookBuilder;

/**
 * Progress toward the targets over HTTP, from real workbooks uploaded through the API and judged by the real
 * rules, as of {@link FixedClock#TODAY} (10/01/2016: the 2015-H2 reports were due, the 2016 ones not yet).
 * Khoái Châu sends three reports: 2014-H2 (rural workers at community learning centres 50% in 2013 and 55% in
 * 2014, years without a target; universal preschool 100% in 2014), 2015-H2 (57.4% against the 2015 target of
 * 60%, literacy 99.85% against 99.80%, no preschool value) and 2016-H1 (62% for 2016: a mid-year value).
 */
abstract class ProgressContract extends NewInstallation {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String UNIT = "H_KHOAICHAU";

    @TempDir
    Path dir;

    @BeforeEach
    void khoaiChauReports() throws Exception {
        upload(WorkbookBuilder.report(UNIT, "2014-H2", LocalDate.of(2014, 12, 10))
                .indicator("RURAL_CLC", 2013, 50.0)
                .indicator("RURAL_CLC", 2014, 55.0)
                .indicator("LIT_15_60", 2014, 99.5)
                .indicator("UNIV_PRESCHOOL5", 2014, 100.0));
        upload(WorkbookBuilder.report(UNIT, "2015-H2", LocalDate.of(2015, 12, 10))
                .indicator("RURAL_CLC", 2015, 57.4)
                .indicator("LIT_15_60", 2015, 99.85));
        upload(WorkbookBuilder.report(UNIT, "2016-H1", LocalDate.of(2016, 1, 5))
                .indicator("RURAL_CLC", 2016, 62.0));
    }

    @Test
    void theScorecardGivesEachTargetYearItsStandingWithTheValueThatCounts() throws Exception {
        JsonNode card = json(get("/api/progress/{unit}", UNIT));

        assertThat(card.get("unitName").asString()).isEqualTo("UBND huyện Khoái Châu");
        assertThat(card.get("asOf").asString()).isEqualTo("2016-01-10");
        assertThat(card.get("years").toString()).isEqualTo("[2013,2014,2015,2016,2017,2018,2019,2020]");

        JsonNode rural = row(card, "RURAL_CLC");
        assertThat(rural.get("kind").asString()).isEqualTo("AT_LEAST");
        JsonNode y2015 = cell(rural, 2015);
        assertThat(y2015.get("standing").asString()).isEqualTo("NOT_MET");
        assertThat(y2015.get("value").asDouble()).isEqualTo(57.4);
        assertThat(y2015.get("target").asDouble()).isEqualTo(60.0);
        assertThat(y2015.get("ruleId").asString()).isEqualTo("RURAL_CLC.2015");
        assertThat(y2015.get("citation").asString()).isEqualTo("II.1.c");
        assertThat(y2015.get("reportId").isNull()).isFalse();
        // years without a target show their value, unjudged
        assertThat(cell(rural, 2013).get("standing").isNull()).isTrue();
        assertThat(cell(rural, 2013).get("value").asDouble()).isEqualTo(50.0);
        assertThat(cell(rural, 2016).get("provisional").asBoolean()).isTrue();
        assertThat(cell(rural, 2017).isNull()).isTrue();
        // the 2020 report is not due on 10/01/2016
        assertThat(cell(rural, 2020).get("standing").asString()).isEqualTo("NOT_DUE");

        assertThat(cell(row(card, "LIT_15_60"), 2015).get("standing").asString()).isEqualTo("MET");
        JsonNode preschool = row(card, "UNIV_PRESCHOOL5");
        assertThat(cell(preschool, 2013).get("standing").asString()).isEqualTo("NOT_REPORTED");
        assertThat(cell(preschool, 2014).get("standing").asString()).isEqualTo("MET");
        assertThat(cell(preschool, 2015).get("standing").asString()).isEqualTo("NOT_REPORTED");
        assertThat(cell(preschool, 2016).get("standing").asString()).isEqualTo("NOT_DUE");

        JsonNode counts = card.get("counts");
        assertThat(counts.get("MET").asInt()).isEqualTo(2);
        assertThat(counts.get("NOT_MET").asInt()).isEqualTo(1);
        assertThat(counts.get("NOT_REPORTED").asInt()).isPositive();
    }

    @Test
    void theProjectionFollowsTheTrendOfEachStageLeavingOutMidYearValues() throws Exception {
        JsonNode rural = row(json(get("/api/progress/{unit}", UNIT)), "RURAL_CLC");

        assertThat(rural.get("nextMilestone").asInt()).isEqualTo(2020);
        JsonNode to2015 = projection(rural, 2015);
        // 50 (2013) to 55 (2014) is 10% a year, where 9.54% a year reaches 60 in 2015: R = 1.05
        assertThat(to2015.get("outlook").asString()).isEqualTo("ON_TRACK");
        assertThat(to2015.get("baseYear").asInt()).isEqualTo(2013);
        assertThat(to2015.get("currentYear").asInt()).isEqualTo(2014);
        assertThat(to2015.get("observedGrowth").asDouble()).isCloseTo(0.10, within(1e-9));
        assertThat(to2015.get("requiredGrowth").asDouble()).isCloseTo(Math.sqrt(1.2) - 1, within(1e-9));
        assertThat(to2015.get("ratio").asDouble()).isCloseTo(0.10 / (Math.sqrt(1.2) - 1), within(1e-9));
        // 2015 is the only final value of the 2020 stage: 2016's comes from a first-half report
        JsonNode to2020 = projection(rural, 2020);
        assertThat(to2020.get("outlook").asString()).isEqualTo("NOT_ENOUGH_DATA");
        assertThat(to2020.get("baseYear").asInt()).isEqualTo(2015);
        assertThat(to2020.get("currentYear").asInt()).isEqualTo(2015);
    }

    @Test
    void projectionsNeverBecomeFindings() throws Exception {
        JsonNode findings = json(get("/api/findings").param("unit", UNIT).param("size", "200"));
        assertThat(findings.toString()).contains("RURAL_CLC.2015").doesNotContain("RURAL_CLC.2020");
    }

    @Test
    void theChartDataHasTheValuesTheMilestonesAndTheProjections() throws Exception {
        JsonNode chart = json(get("/api/progress/{unit}/{indicator}", UNIT, "RURAL_CLC").param("lang", "en"));

        assertThat(chart.get("indicatorName").asString())
                .isEqualTo("Rural workers learning at community learning centres");
        assertThat(chart.get("values")).hasSize(4);
        assertThat(chart.get("values").get(0).get("year").asInt()).isEqualTo(2013);
        assertThat(chart.get("values").get(0).get("period").asString()).isEqualTo("2014-H2");
        assertThat(chart.get("values").get(3).get("provisional").asBoolean()).isTrue();
        assertThat(chart.get("milestones")).hasSize(2);
        assertThat(chart.get("milestones").get(0).get("threshold").asDouble()).isEqualTo(60.0);
        assertThat(chart.get("milestones").get(1).get("threshold").asDouble()).isEqualTo(80.0);
        assertThat(chart.get("projections")).hasSize(2);
    }

    @Test
    void anUnknownUnitOrAnIndicatorTheUnitDoesNotOweIsNotFound() throws Exception {
        mvc.perform(get("/api/progress/{unit}", "H_NOWHERE").param("lang", "en"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("There is no unit H_NOWHERE in the register."));
        mvc.perform(get("/api/progress/{unit}/{indicator}", UNIT, "OFF_IT").param("lang", "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Unit H_KHOAICHAU has no target for indicator OFF_IT."));
        mvc.perform(get("/progress/{unit}", "H_NOWHERE"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("H_NOWHERE")));
    }

    @Test
    void theOverviewShowsEveryUnitWithATargetForTheLatestMilestoneDue() throws Exception {
        JsonNode overview = json(get("/api/progress"));

        assertThat(overview.get("year").asInt()).isEqualTo(2015);
        JsonNode khoaiChau = null;
        for (JsonNode line : overview.get("units")) {
            if (line.get("unit").asString().equals(UNIT)) {
                khoaiChau = line;
            }
        }
        assertThat(khoaiChau).isNotNull();
        assertThat(khoaiChau.get("notMet").asInt()).isEqualTo(1);
        assertThat(khoaiChau.get("met").asInt()).isEqualTo(1);
        int rural = indexOf(overview.get("indicators"), "RURAL_CLC");
        assertThat(khoaiChau.get("cells").get(rural).get("standing").asString()).isEqualTo("NOT_MET");
        assertThat(khoaiChau.get("cells").get(indexOf(overview.get("indicators"), "OFF_IT")).isNull()).isTrue();
        assertThat(json(get("/api/progress").param("year", "2020")).get("year").asInt()).isEqualTo(2020);
    }

    @Test
    void thePagesShowTheScorecardTheChartAndTheMethodInBothLanguages() throws Exception {
        mvc.perform(get("/progress/{unit}", UNIT))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tiến độ: UBND huyện Khoái Châu")))
                .andExpect(content().string(containsString("pg-NOT_MET")))
                .andExpect(content().string(containsString("Chưa báo cáo")))
                .andExpect(content().string(containsString("Open SDG")))
                .andExpect(content().string(containsString("/progress/H_KHOAICHAU/RURAL_CLC")));
        mvc.perform(get("/progress/{unit}/{indicator}", UNIT, "RURAL_CLC").param("lang", "en"))
                .andExpect(status().isOk())
                // the template names the webjar without its version; the link written has it (the resource chain)
                .andExpect(content().string(matchesPattern("(?s).*src=\"/webjars/uplot/[0-9.]+/dist/uPlot\\.iife\\.min\\.js\".*")))
                .andExpect(content().string(containsString("data-src=\"/api/progress/H_KHOAICHAU/RURAL_CLC?lang=en\"")))
                .andExpect(content().string(containsString("How the projection is made")))
                .andExpect(content().string(containsString("On track")));
        mvc.perform(get("/progress").param("year", "2015"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/progress/H_KHOAICHAU\"")));
        mvc.perform(get("/targets").param("indicator", "RURAL_CLC"))
                .andExpect(content().string(containsString("href=\"/progress\"")))
                .andExpect(content().string(containsString("href=\"/progress/H_KHOAICHAU/RURAL_CLC\"")));
    }

    @Test
    void theChartingLibraryIsServedFromItsWebjarWithoutItsVersionInTheUrl() throws Exception {
        mvc.perform(get("/webjars/uplot/dist/uPlot.iife.min.js")).andExpect(status().isOk());
        mvc.perform(get("/webjars/uplot/dist/uPlot.min.css")).andExpect(status().isOk());
        mvc.perform(get("/js/progress-chart.js")).andExpect(status().isOk());
    }

    private void upload(WorkbookBuilder workbook) throws Exception {
        Path file = workbook.write(dir.resolve("report-" + System.nanoTime() + ".xlsx"));
        MockMultipartFile part = new MockMultipartFile("files", file.getFileName().toString(), XLSX,
                Files.readAllBytes(file));
        JsonNode outcome = json(multipart("/api/reports").file(part)).get("files").get(0);
        assertThat(outcome.get("outcome").asString()).isEqualTo("STORED");
    }

    private JsonNode json(RequestBuilder request) throws Exception {
        String body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return JSON.readTree(body);
    }

    private static JsonNode row(JsonNode card, String indicator) {
        for (JsonNode row : card.get("indicators")) {
            if (row.get("indicator").asString().equals(indicator)) {
                return row;
            }
        }
        throw new AssertionError("no row " + indicator + " in " + card);
    }

    private static JsonNode cell(JsonNode row, int year) {
        return row.get("cells").get(year - 2013);
    }

    private static JsonNode projection(JsonNode row, int milestone) {
        for (JsonNode p : row.get("projections")) {
            if (p.get("milestone").asInt() == milestone) {
                return p;
            }
        }
        throw new AssertionError("no projection to " + milestone + " in " + row);
    }

    private static int indexOf(JsonNode columns, String indicator) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).get("indicator").asString().equals(indicator)) {
                return i;
            }
        }
        throw new AssertionError("no column " + indicator);
    }
}
