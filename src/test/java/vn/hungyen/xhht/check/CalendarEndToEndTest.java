package vn.hungyen.xhht.check;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hungyen.xhht.check.CommandRun.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hungyen.xhht.testing.WorkbookBuilder;

/**
 * The catalog's readings of the calendar and of versions (12-20) where a workbook is what matters: real .xlsx
 * files through the check command and the real rule pack.
 */
class CalendarEndToEndTest {

    @TempDir
    Path dir;

    @Test
    void theWordsClerksWriteForDoneAreDone() {
        // reading 17: "Đã hoàn thành", "xong" are done: no bad status, no missing row, no overdue
        Path report = WorkbookBuilder.report("H_VANLAM", "2013-H2", LocalDate.of(2013, 12, 10))
                .deliverable("PL02", "Đã hoàn thành", LocalDate.of(2013, 9, 20), "12/QĐ-UBND")
                .deliverable("TD_COMMUNE_SC", "xong", LocalDate.of(2013, 10, 20), "13/QĐ-UBND")
                .deliverable("PL03", "đang triển khai", null, null)
                .write(dir.resolve("vanlam.xlsx"));
        List<JsonNode> findings = findings("--as-of", "2014-01-10", report.toString());
        assertThat(findings).noneMatch(f -> "PL02".equals(text(f, "deliverable"))
                || "TD_COMMUNE_SC".equals(text(f, "deliverable")));
        assertThat(findings).noneMatch(f -> "BAD_STATUS".equals(text(f, "problem")));
        assertThat(findings).filteredOn(f -> "PL03.DISTRICT".equals(text(f, "ruleId")))
                .extracting(f -> text(f, "kind")).containsExactly("OVERDUE_DELIVERABLE");
    }

    @Test
    void doneWithoutADateIsOneDataErrorAndTheDutyCountsAsDone() {
        Path report = WorkbookBuilder.report("H_VANLAM", "2013-H2", LocalDate.of(2013, 12, 10))
                .deliverable("PL02", "Hoàn thành", null, "12/QĐ-UBND")
                .write(dir.resolve("vanlam.xlsx"));
        List<JsonNode> aboutPl02 = findings("--as-of", "2014-01-10", report.toString()).stream()
                .filter(f -> "PL02".equals(text(f, "deliverable")) || "vanlam.xlsx!Nhiệm vụ!C2".equals(text(f, "source")))
                .toList();
        assertThat(aboutPl02).singleElement().satisfies(f -> {
            assertThat(text(f, "kind")).isEqualTo("DATA_ERROR");
            assertThat(text(f, "problem")).isEqualTo("DONE_WITHOUT_DATE");
        });
    }

    @Test
    void aBlankValueCellIsItsDataErrorAloneAndNoMessageAsksForTheRow() {
        Path report = WorkbookBuilder.report("H_VANLAM", "2015-H2", LocalDate.of(2015, 12, 10))
                .indicator("RURAL_CLC", 2015, null, null, WorkbookBuilder.blank())
                .write(dir.resolve("vanlam.xlsx"));
        List<JsonNode> findings = findings("--as-of", "2016-01-10", report.toString());
        assertThat(findings).filteredOn(f -> "RURAL_CLC".equals(text(f, "indicator"))).isEmpty();
        assertThat(findings).filteredOn(f -> "vanlam.xlsx!Chỉ tiêu!E2".equals(text(f, "source")))
                .singleElement().satisfies(f -> assertThat(text(f, "problem")).isEqualTo("REQUIRED_EMPTY"));
    }

    @Test
    void aNegativeGenderGapIsDataAndBalancedWithinItsBand() {
        Path within = WorkbookBuilder.report("SO_GDDT", "2015-H2", LocalDate.of(2015, 12, 10))
                .indicator("LIT_GENDER_GAP", 2015, -0.3).write(dir.resolve("2015.xlsx"));
        Path beyond = WorkbookBuilder.report("SO_GDDT", "2020-H2", LocalDate.of(2020, 12, 10))
                .indicator("LIT_GENDER_GAP", 2020, -0.8).write(dir.resolve("2020.xlsx"));
        List<JsonNode> findings = findings("--as-of", "2021-01-31", "--lang", "en", within.toString(),
                beyond.toString());
        assertThat(findings).filteredOn(f -> "LIT_GENDER_GAP".equals(text(f, "indicator"))
                || "OUT_OF_RANGE".equals(text(f, "problem"))).singleElement().satisfies(f -> {
                    assertThat(text(f, "ruleId")).isEqualTo("LIT_GENDER_GAP.2020");
                    assertThat(text(f, "severity")).isEqualTo("LOW");
                    assertThat(f.get("actual").asDouble()).isEqualTo(-0.8);
                    assertThat(f.get("target").asDouble()).isEqualTo(-0.5);
                    assertThat(text(f, "message")).contains("below the allowed gap of -0.50 percentage points");
                });
    }

    @Test
    void anInterimFirstHalfValueGivesNoFinding() {
        Path report = WorkbookBuilder.report("H_VANLAM", "2015-H1", LocalDate.of(2015, 6, 10))
                .indicator("RURAL_CLC", 2015, 41.0).write(dir.resolve("vanlam.xlsx"));
        assertThat(findings("--as-of", "2015-07-10", report.toString()))
                .noneMatch(f -> "RURAL_CLC".equals(text(f, "indicator")));
    }

    @Test
    void aPeriodOutsideThePlanIsADataErrorOfTheFile() {
        Path report = WorkbookBuilder.report("H_VANLAM", "2021-H1", LocalDate.of(2021, 6, 10))
                .write(dir.resolve("vanlam-2021.xlsx"));
        assertThat(findings("--as-of", "2021-07-10", report.toString())).singleElement().satisfies(f -> {
            assertThat(text(f, "ruleId")).isEqualTo("DATA_ERROR.REPORT");
            assertThat(text(f, "problem")).isEqualTo("PERIOD_OUTSIDE_PLAN");
            assertThat(text(f, "message")).contains("2021-H1").contains("2013-H2–2020-H2");
        });
    }

    @Test
    void twoVersionsOfTheSameDayAreADataErrorAndTheFileModifiedLastCounts() throws IOException {
        Path older = WorkbookBuilder.report("H_VANLAM", "2015-H2", LocalDate.of(2015, 12, 10))
                .indicator("RURAL_CLC", 2015, 50.0).write(dir.resolve("z-first.xlsx"));
        Path newer = WorkbookBuilder.report("H_VANLAM", "2015-H2", LocalDate.of(2015, 12, 10))
                .indicator("RURAL_CLC", 2015, 65.0).write(dir.resolve("a-second.xlsx"));
        Files.setLastModifiedTime(older, FileTime.from(Instant.parse("2015-12-10T02:00:00Z")));
        Files.setLastModifiedTime(newer, FileTime.from(Instant.parse("2015-12-10T09:00:00Z")));
        JsonNode json = json(check("--format", "json", "--as-of", "2016-01-10", dir.toString()));
        assertThat(json.get("reports")).filteredOn(r -> r.get("counted").asBoolean())
                .extracting(r -> r.get("file").asString()).containsExactly("a-second.xlsx");
        List<JsonNode> findings = StreamSupport.stream(json.get("findings").spliterator(), false).toList();
        assertThat(findings).noneMatch(f -> "RURAL_CLC".equals(text(f, "indicator")));
        assertThat(findings).filteredOn(f -> "SAME_DAY_VERSIONS".equals(text(f, "problem"))).singleElement()
                .satisfies(f -> {
                    assertThat(text(f, "source")).isEqualTo("a-second.xlsx!Thông tin!B3");
                    assertThat(text(f, "message")).contains("z-first.xlsx").contains("10/12/2015");
                });
    }

    @Test
    void todayIsTheProvincesWhateverTheMachinesTimeZone() {
        // 18:00 on 9 January in UTC is already 10 January in Hưng Yên
        Clock utcEvening = Clock.fixed(Instant.parse("2016-01-09T18:00:00Z"), ZoneId.of("UTC"));
        Path report = WorkbookBuilder.report("H_VANLAM", "2015-H2", LocalDate.of(2015, 12, 10))
                .write(dir.resolve("vanlam.xlsx"));
        CommandRun run = CommandRun.checkAt(utcEvening, Map.of(), report.toString());
        assertThat(run.out()).startsWith("Tính đến ngày 10/01/2016:");
    }

    private static List<JsonNode> findings(String... args) {
        String[] withJson = new String[args.length + 2];
        withJson[0] = "--format";
        withJson[1] = "json";
        System.arraycopy(args, 0, withJson, 2, args.length);
        return StreamSupport.stream(json(check(withJson)).get("findings").spliterator(), false).toList();
    }

    private static JsonNode json(CommandRun run) {
        assertThat(run.err()).isEmpty();
        return JsonMapper.builder().build().readTree(run.out());
    }

    private static String text(JsonNode finding, String field) {
        JsonNode node = finding.get(field);
        return node == null || node.isNull() ? null : node.asString();
    }
}
