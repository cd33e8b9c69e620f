package vn.hungyen.xhht.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hungyen.xhht.engine.RulePack;
import vn.hungyen.xhht.plan.FindingKind;
import vn.hungyen.xhht.plan.Severity;

/**
 * sample-reports/ checked as of 31/01/2021: the findings are the golden ones, every planted breach is found
 * and nothing else, and the folder is what the generator writes. {@code -Dgolden.update=true} rewrites
 * expected-findings.json from the current check instead of comparing with it.
 */
class SampleReportsGoldenTest {

    private static final Path FOLDER = SampleReportsGenerator.DEFAULT_FOLDER;
    private static final Path GOLDEN = FOLDER.resolve("expected-findings.json");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static String output;
    private static List<JsonNode> findings;

    @BeforeAll
    static void checkTheFolder() {
        output = CheckRun.json(FOLDER);
        findings = new ArrayList<>();
        JSON.readTree(output).get("findings").forEach(findings::add);
    }

    @Test
    void findingsAndReportsAreTheGoldenOnes() throws IOException {
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN, output, StandardCharsets.UTF_8);
            return;
        }
        assertThat(GOLDEN).as("golden file; create it with -Dgolden.update=true").exists();
        List<String> differences = JsonDiff.of(JSON.readTree(Files.readString(GOLDEN, StandardCharsets.UTF_8)),
                JSON.readTree(output), List.of("rulesVersion"));
        if (!differences.isEmpty()) {
            fail("The check of %s differs from %s (if that is meant, rerun with -Dgolden.update=true and review "
                    + "the diff of the golden file):%n%s", FOLDER, GOLDEN, String.join("\n", differences));
        }
    }

    @Test
    void everyPlantedBreachIsFound() {
        List<Expected> found = findings.stream().map(SampleReportsGoldenTest::asExpected).toList();
        assertThat(found).containsAll(PlantedBreach.allExpected());
    }

    /** The clean reports are clean: a finding nobody planted is a bug of the generator (or of the rules). */
    @Test
    void nothingIsFoundThatWasNotPlanted() {
        List<Expected> found = findings.stream().map(SampleReportsGoldenTest::asExpected).toList();
        assertThat(found).containsExactlyInAnyOrderElementsOf(PlantedBreach.allExpected());
    }

    @Test
    void aBreachCorrectedByALaterReportIsNotFound() {
        List<Expected> absent = PlantedBreach.ALL.stream().flatMap(p -> p.absent().stream()).toList();
        assertThat(absent).isNotEmpty();
        for (Expected e : absent) {
            assertThat(findings).noneMatch(f -> text(f, "kind").equals(e.kind().name())
                    && text(f, "ruleId").equals(e.ruleId()) && text(f, "unit").equals(e.unit()));
        }
    }

    @Test
    void theFolderIsWhatTheGeneratorWritesNow(@TempDir Path fresh) throws IOException {
        new SampleReportsGenerator(RulePack.load(SampleReportsGenerator.RULES)).generate(fresh);
        List<String> files = generated(fresh);
        assertThat(generated(FOLDER)).as("files of %s; regenerate it (see its README)", FOLDER)
                .containsExactlyElementsOf(files);
        for (String file : files) {
            if (!Arrays.equals(Files.readAllBytes(FOLDER.resolve(file)), Files.readAllBytes(fresh.resolve(file)))) {
                // compression may differ from one JDK to another; the content may not
                assertThat(dump(FOLDER.resolve(file))).as("%s/%s; regenerate the folder (see its README)", FOLDER, file)
                        .isEqualTo(dump(fresh.resolve(file)));
            }
        }
    }

    private static String dump(Path file) {
        return file.toString().endsWith(".xlsx") ? WorkbookDump.of(file) : read(file);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file the generator owns: all but the golden file, which the check writes. */
    private static List<String> generated(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.equals(folder.resolve(GOLDEN.getFileName())))
                    .map(f -> folder.relativize(f).toString().replace('\\', '/')).sorted().toList();
        }
    }

    private static Expected asExpected(JsonNode f) {
        return new Expected(FindingKind.valueOf(text(f, "kind")), text(f, "ruleId"),
                Severity.valueOf(text(f, "severity")), f.has("unit") ? text(f, "unit") : null,
                f.has("source") ? text(f, "source") : null);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null ? "" : value.asString();
    }
}
