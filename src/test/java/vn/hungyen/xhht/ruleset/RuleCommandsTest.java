package vn.hungyen.xhht.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.hungyen.xhht.testing.RuleFolder;

/** {@code test-rules}, {@code rules} and {@code rules-report}, as the jar runs them (no Spring context). */
class RuleCommandsTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return RuleCommands.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void testRulesRunsEveryScenarioOfTheRuleFolder() {
        assertThat(run("test-rules", "--lang", "en")).isZero();
        assertThat(out.toString()).contains("passed  scenarios/targets/training.yaml: \"Rural workers at community "
                + "learning centres below 60% in 2015\"").containsPattern("Rules [0-9a-f]{12}: \\d+ scenarios, \\d+ "
                + "passed, 0 failed\\.");
    }

    @Test
    void aFailingScenarioMakesExitStatus1AndSaysTheDifference() {
        RuleFolder folder = RuleFolder.copy();
        folder.edit("scenarios/targets/training.yaml", "RURAL_CLC: 57.4", "RURAL_CLC: 60");

        assertThat(run("test-rules", "--rules", folder.dir().toString())).isEqualTo(1);
        assertThat(out.toString()).contains("KHÔNG ĐẠT scenarios/targets/training.yaml: \"Rural workers at community "
                        + "learning centres below 60% in 2015\"")
                .contains("    mong đợi nhưng không có: UNMET_TARGET rule=RURAL_CLC.2015 unit=H_KHOAICHAU "
                        + "period=2015-H2 code=RURAL_CLC year=2015 severity=HIGH")
                .contains(", 1 không đạt.");
    }

    @Test
    void rulesThatDoNotCompileMakeExitStatus2WithFileLineAndColumn() {
        // Drools counts columns from 0 in its text; a rule author's editor counts from 1
        RuleFolder folder = RuleFolder.copy();
        folder.edit("targets/training.drl", "rule \"PD_TRAINED_STD.2015\"\n    @citation(\"II.1.c\") @severity(\"HIGH\")",
                "rule \"PD_TRAINED_STD.2015\"\n    @citation(\"II.1.c\") @severity(\"HIGH\") xyz");

        assertThat(run("test-rules", "--rules", folder.dir().toString(), "--lang", "en")).isEqualTo(2);
        assertThat(err.toString()).contains("do not compile:")
                .containsPattern("targets/training\\.drl:\\d+:43: \\[ERR 102\\] Line \\d+:42 mismatched input 'xyz' "
                        + "in rule \"PD_TRAINED_STD.2015\"")
                .doesNotContain("null Package");
    }

    @Test
    void rulesComparesTheFolderWithAnExportedRuleSet() throws IOException {
        Path exported = Files.createTempFile("rules-", ".zip");
        Files.write(exported, RuleFiles.read(Path.of("rules")).zip());
        RuleFolder folder = RuleFolder.copy();

        assertThat(run("rules", "--rules", folder.dir().toString(), "--against", exported.toString(), "--lang", "en"))
                .isZero();
        assertThat(out.toString()).contains(", 0 failed.").contains("The rule folder holds the same files as " + exported);

        folder.edit("targets/training.drl", "\"RURAL_CLC\", 2020, 80", "\"RURAL_CLC\", 2020, 81");
        out.getBuffer().setLength(0);
        assertThat(run("rules", "--rules", folder.dir().toString(), "--against", exported.toString(), "--lang", "en"))
                .isZero();
        assertThat(out.toString()).contains("1 file differs from " + exported + ":")
                .contains("--- " + exported.getFileName() + "/targets/training.drl")
                .contains("-    insert( Target.atLeast( kcontext, $u, \"RURAL_CLC\", 2020, 80 ) );")
                .contains("+    insert( Target.atLeast( kcontext, $u, \"RURAL_CLC\", 2020, 81 ) );");

        Files.writeString(exported, "not a zip");
        assertThat(run("rules", "--rules", folder.dir().toString(), "--against", exported.toString(), "--lang", "en"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("The file is not a zip of a rule folder.");
        Files.delete(exported);
    }

    @Test
    void rulesReportListsCoverageLintAndThePlansKnownIssues() {
        assertThat(run("rules-report", "--lang", "en")).isZero();
        assertThat(out.toString())
                .contains("Catalog items with no rule (0):")
                .contains("Rule files with no scenario file (0):")
                .contains("Rules no scenario tests (0):")
                .contains("Rules that can never fire (0):")
                .contains("Rules that repeat another (0):")
                .contains("Known issues of the plan, from the catalog's readings (20):")
                .contains("Reading 2: The 2020 literacy target for ages 15–60 (98.85%) is lower than the 2015 one")
                .contains("Rules: LIT_15_60.2020.");
    }
}
