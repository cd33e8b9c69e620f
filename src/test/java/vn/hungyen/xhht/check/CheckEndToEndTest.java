package vn.hungyen.xhht.check;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hungyen.xhht.check.CommandRun.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hungyen.xhht.testing.WorkbookBuilder;

/** The command over real workbooks and the real rule pack (./rules, the default). */
class CheckEndToEndTest {

    private static final Set<String> FINDING_FIELDS = Set.of("ruleId", "kind", "severity", "unit", "unitKind",
            "period", "indicator", "deliverable", "year", "actual", "target", "due", "date", "problem", "message",
            "citation", "source");

    @TempDir
    Path dir;

    @Test
    void findingsExit1AndNameTheirCell() {
        Path report = vanLam2015H2(dir.resolve("vanlam-2015-H2.xlsx"));
        CommandRun run = check("--as-of", "2016-01-10", report.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out())
                .startsWith("Tính đến ngày 10/01/2016: đã đọc 1 báo cáo, ")
                .contains("\nUBND huyện Văn Lâm (H_VANLAM)\n  Kỳ báo cáo 2015-H2 (6 tháng cuối năm 2015)\n")
                .contains("[CAO] Không đạt mục tiêu | LIT_15_60 năm 2015 | II.1.a | vanlam-2015-H2.xlsx!Chỉ tiêu!E2\n"
                        + "      UBND huyện Văn Lâm báo cáo chỉ tiêu “Tỷ lệ người 15–60 tuổi biết chữ” (LIT_15_60) năm 2015"
                        + " đạt 99,50%, thấp hơn mục tiêu 99,80%");
    }

    @Test
    void aCompleteReportOnTimeExits0() {
        Path report = WorkbookBuilder.report("HOI_NCT", "2013-H2", LocalDate.of(2013, 12, 10))
                .deliverable("PL03", "Hoàn thành", LocalDate.of(2013, 11, 20), "05/KH-HNCT")
                .deliverable("ALL_FOCAL_POINT", "Đang thực hiện", null, null)
                .deliverable("ALL_ANNUAL_PROGRAM", "Đang thực hiện", null, null)
                .deliverable("ND_SURVEY", "Chưa thực hiện", null, null)
                .write(dir.resolve("nct.xlsx"));
        CommandRun run = check("--as-of", "2014-01-05", report.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("Tính đến ngày 05/01/2014: đã đọc 1 báo cáo, không có phát hiện nào;");
    }

    @Test
    void aFileThatIsNotAWorkbookIsOneDataErrorAndTheOthersAreStillChecked() throws IOException {
        vanLam2015H2(dir.resolve("vanlam-2015-H2.xlsx"));
        Files.writeString(dir.resolve("notes.xlsx"), "not a workbook");
        JsonNode json = json(check("--format", "json", "--as-of", "2016-01-10", dir.toString()));
        List<JsonNode> dataErrors = findings(json).stream().filter(f -> f.get("kind").asString().equals("DATA_ERROR"))
                .toList();
        assertThat(dataErrors).hasSize(1);
        assertThat(dataErrors.get(0).get("source").asString()).isEqualTo("notes.xlsx");
        assertThat(dataErrors.get(0).get("problem").asString()).isEqualTo("NOT_A_WORKBOOK");
        assertThat(json.get("reports")).hasSize(1);
        assertThat(findings(json)).anyMatch(f -> f.get("kind").asString().equals("UNMET_TARGET"));
    }

    @Test
    void oneUnitsOneReportNeverReportsOtherUnitsOrPeriodsMissing() {
        Path report = vanLam2015H2(dir.resolve("vanlam.xlsx"));
        List<JsonNode> findings = findings(json(check("--format", "json", "--as-of", "2021-01-01", report.toString())));
        assertThat(findings).isNotEmpty().allSatisfy(f -> {
            assertThat(f.get("unit").asString()).isEqualTo("H_VANLAM");
            assertThat(f.get("period").asString()).isEqualTo("2015-H2");
            assertThat(f.get("kind").asString()).isNotEqualTo("MISSING_REPORT");
        });
    }

    @Test
    void periodsAndAllUnitsWidenWhatIsJudgedMissing() {
        Path report = vanLam2015H2(dir.resolve("vanlam.xlsx"));
        List<JsonNode> periods = missingReports(check("--format", "json", "--as-of", "2021-01-01",
                "--periods", "2015-H1..2015-H2", report.toString()));
        assertThat(periods).extracting(f -> f.get("unit").asString() + " " + f.get("period").asString())
                .containsExactly("H_VANLAM 2015-H1");
        List<JsonNode> units = missingReports(check("--format", "json", "--as-of", "2021-01-01", "--all-units",
                report.toString()));
        assertThat(units).hasSize(29).noneMatch(f -> f.get("unit").asString().equals("H_VANLAM"));
    }

    @Test
    void jsonHasTheContractsShape() {
        vanLam2015H2(dir.resolve("vanlam-2015-H2.xlsx"));
        JsonNode json = json(check("--format", "json", dir.toString()));
        assertThat(json.propertyNames()).containsExactly("asOf", "rulesVersion", "reports", "findings");
        assertThat(json.get("asOf").asString()).isEqualTo(CommandRun.TODAY.toString());
        JsonNode report = json.get("reports").get(0);
        assertThat(report.propertyNames()).containsExactly("file", "unit", "period", "submittedOn", "counted");
        assertThat(report.get("file").asString()).isEqualTo("vanlam-2015-H2.xlsx");
        assertThat(report.get("submittedOn").asString()).isEqualTo("2015-12-20");
        assertThat(findings(json)).isNotEmpty().allSatisfy(f -> {
            assertThat(FINDING_FIELDS).containsAll(f.propertyNames());
            assertThat(f.propertyNames()).contains("ruleId", "kind", "severity", "unit", "message", "citation");
            f.properties().forEach(e -> assertThat(e.getValue().isNull()).as(e.getKey()).isFalse());
        });
        JsonNode unmet = findings(json).stream().filter(f -> f.get("kind").asString().equals("UNMET_TARGET"))
                .findFirst().orElseThrow();
        assertThat(unmet.get("actual").isNumber()).isTrue();
        assertThat(unmet.get("actual").asDouble()).isEqualTo(99.5);
        assertThat(unmet.get("target").asDouble()).isEqualTo(99.8);
        assertThat(unmet.get("year").asInt()).isEqualTo(2015);
        assertThat(unmet.get("source").asString()).isEqualTo("vanlam-2015-H2.xlsx!Chỉ tiêu!E2");
        assertThat(unmet.get("message").asString()).contains("99,50%");
    }

    @Test
    void englishOnRequest() {
        Path report = vanLam2015H2(dir.resolve("vanlam-2015-H2.xlsx"));
        CommandRun run = check("--lang", "en", "--as-of", "2016-01-10", report.toString());
        assertThat(run.out()).startsWith("As of 2016-01-10: 1 report read, ")
                .contains("[HIGH] Target not met | LIT_15_60 for 2015 | II.1.a | vanlam-2015-H2.xlsx!Chỉ tiêu!E2\n"
                        + "      Văn Lâm District People's Committee reported indicator “Literacy rate, ages 15-60”"
                        + " (LIT_15_60) for 2015 at 99.50%, below the target of 99.80%");
        JsonNode json = json(check("--lang", "en", "--format", "json", report.toString()));
        assertThat(findings(json).get(0).get("message").asString()).startsWith("Văn Lâm District");
    }

    @Test
    void aFolderIsSearchedForWorkbooksNamedRelativeToIt() throws IOException {
        vanLam2015H2(dir.resolve("2015/vanlam.xlsx"));
        WorkbookBuilder.report("H_VANLAM", "2016-H1", LocalDate.of(2016, 6, 10)).write(dir.resolve("2016/vanlam.xlsx"));
        Files.writeString(dir.resolve("2015/~$vanlam.xlsx"), "Excel's lock file");
        Files.writeString(dir.resolve("2015/readme.txt"), "not a report");
        // after both reports were sent: a report dated after the day of the check is a data error (reading 18)
        JsonNode json = json(check("--format", "json", "--as-of", "2016-07-10", dir.toString()));
        assertThat(json.get("reports")).extracting(r -> r.get("file").asString())
                .containsExactly("2015/vanlam.xlsx", "2016/vanlam.xlsx");
        assertThat(findings(json)).noneMatch(f -> f.get("kind").asString().equals("DATA_ERROR"));
    }

    @Test
    void aFolderWithoutWorkbooksIsPointedOut() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        CommandRun run = check("--lang", "en", empty.toString());
        assertThat(run.status()).isZero();
        assertThat(run.err()).contains("no .xlsx file in the folder");
        assertThat(run.out()).startsWith("As of 2016-01-10: no reports read, no findings;");
    }

    /** Văn Lâm's 2015-H2 report, sent late, with LIT_15_60 below its target in E2 and much else missing. */
    private static Path vanLam2015H2(Path file) {
        return WorkbookBuilder.report("H_VANLAM", "2015-H2", LocalDate.of(2015, 12, 20))
                .indicator("LIT_15_60", 2015, 99.5)
                .write(file);
    }

    private static JsonNode json(CommandRun run) {
        assertThat(run.err()).isEmpty();
        return JsonMapper.builder().build().readTree(run.out());
    }

    private static List<JsonNode> findings(JsonNode json) {
        return StreamSupport.stream(json.get("findings").spliterator(), false).toList();
    }

    private static List<JsonNode> missingReports(CommandRun run) {
        return findings(json(run)).stream().filter(f -> f.get("kind").asString().equals("MISSING_REPORT")).toList();
    }
}
