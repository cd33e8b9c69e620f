package vn.hungyen.xhht.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.hungyen.xhht.message.Language;
import vn.hungyen.xhht.report.StoredReport;
import vn.hungyen.xhht.report.StoredReports;
import vn.hungyen.xhht.system.Paging;
import vn.hungyen.xhht.testing.EndOfPlanClock;

/**
 * A new installation starts with the sample reports of sample-reports/: stored, and judged as the check
 * command judges that folder. As of 31/01/2021 the findings must be those of the folder's
 * expected-findings.json (the output of {@code check --as-of 2021-01-31 --format json sample-reports/}),
 * except the DATA_ERROR of the file that is not a workbook, which is never stored.
 */
@SpringBootTest(properties = "xhht.seed-reports=sample-reports")
@Import(EndOfPlanClock.class)
@ExtendWith(OutputCaptureExtension.class)
class SampleSeedingTest {

    private static final Path SAMPLES = Path.of("sample-reports");
    private static final Path GOLDEN = SAMPLES.resolve("expected-findings.json");

    @Autowired
    StoredReports reports;
    @Autowired
    FindingQueries findings;
    @Autowired
    Startup startup;

    @BeforeAll
    static void samplesExist() {
        Assumptions.assumeTrue(Files.isRegularFile(GOLDEN), "no sample reports (yet)");
    }

    @Test
    void theEmptyDatabaseIsSeededAndJudgedAsTheCheckCommandJudgesTheFolder(CapturedOutput output) throws Exception {
        JsonNode golden = JsonMapper.builder().build().readTree(GOLDEN.toFile());

        assertThat(output.getAll()).contains("Seeded the empty database with the sample reports of")
                .containsPattern("\\d+ workbooks \\(\\d+ stored.*\\), \\d+ findings");
        assertThat(reportsAsStored()).isEqualTo(reportsOf(golden));
        // the same findings; the web lists them in the register's order of units, the command in code order
        assertThat(findingsAsStored()).containsExactlyInAnyOrderElementsOf(storableFindingsOf(golden));

        // a restart does not seed again
        long stored = reports.count();
        startup.run(null);
        assertThat(reports.count()).isEqualTo(stored);
    }

    private Set<String> reportsAsStored() {
        Set<String> rows = new HashSet<>();
        for (StoredReport r : reports.all()) {
            rows.add(r.fileName() + " " + r.unit() + " " + r.period() + " " + r.submittedOn() + " " + r.current());
        }
        return rows;
    }

    private static Set<String> reportsOf(JsonNode golden) {
        Set<String> rows = new HashSet<>();
        golden.get("reports").forEach(r -> rows.add(r.get("file").asString() + " " + r.get("unit").asString() + " "
                + r.get("period").asString() + " " + r.get("submittedOn").asString() + " "
                + r.get("counted").asBoolean()));
        return rows;
    }

    private List<JsonNode> findingsAsStored() {
        JsonMapper mapper = JsonMapper.builder().build();
        List<JsonNode> rows = new ArrayList<>();
        for (FindingView f : findings.findings(FindingFilter.none(), new Paging(0, Paging.MAX_SIZE), Language.VI)
                .items()) {
            ObjectNode node = mapper.createObjectNode();
            put(node, "ruleId", f.ruleId());
            put(node, "kind", f.kind());
            put(node, "severity", f.severity());
            put(node, "unit", f.unit());
            put(node, "unitKind", f.unitKind());
            put(node, "period", f.period());
            put(node, "indicator", f.indicator());
            put(node, "deliverable", f.deliverable());
            put(node, "year", f.year());
            put(node, "actual", f.actual());
            put(node, "target", f.target());
            put(node, "due", f.due());
            put(node, "date", f.date());
            put(node, "problem", f.problem());
            put(node, "message", f.message());
            put(node, "citation", f.citation());
            put(node, "source", f.source());
            rows.add(node);
        }
        return rows;
    }

    /** The file that is no workbook gives no report: it is rejected at upload, so it is in no finding. */
    private static List<JsonNode> storableFindingsOf(JsonNode golden) {
        List<JsonNode> rows = new ArrayList<>();
        golden.get("findings").forEach(f -> {
            if (!f.get("ruleId").asString().equals("DATA_ERROR.REPORT")) {
                rows.add(f);
            }
        });
        return rows;
    }

    private static void put(ObjectNode node, String key, Object value) {
        if (value instanceof Double d) {
            node.put(key, d);
        } else if (value instanceof Integer i) {
            node.put(key, i);
        } else if (value != null) {
            node.put(key, value.toString());
        }
    }
}
