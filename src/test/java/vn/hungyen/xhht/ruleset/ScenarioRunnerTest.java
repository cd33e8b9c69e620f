package vn.hungyen.xhht.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import vn.hungyen.xhht.engine.RulePack;
import vn.hungyen.xhht.testing.RuleFolder;

/** The scenario runner: what a failing scenario says, and how it reads a rule author's mistakes. */
class ScenarioRunnerTest {

    private static final RulePack PACK = RulePack.load(Path.of("rules"));
    private static final Path FAILING = Path.of("src/test/resources/failing-rules");
    private final ScenarioRunner runner = new ScenarioRunner(PACK);

    @Test
    void aFailingScenarioNamesItselfAndTheDifference() {
        List<ScenarioResult> results = runner.runAll(FAILING);

        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.passed()).isFalse();
            assertThat(r.missing()).containsExactly(
                    "UNMET_TARGET rule=RURAL_CLC.2015 unit=H_KHOAICHAU severity=LOW");
            assertThat(r.unexpected()).containsExactly("UNMET_TARGET rule=RURAL_CLC.2015 unit=H_KHOAICHAU "
                    + "period=2015-H2 code=RURAL_CLC year=2015 severity=HIGH");
            assertThat(r.describe()).isEqualTo("scenarios/failing.yaml: \"Expects a finding the rules do not give, "
                    + "and not the one they give\": failed\n"
                    + "    expected, not found: UNMET_TARGET rule=RURAL_CLC.2015 unit=H_KHOAICHAU severity=LOW\n"
                    + "    found, not expected: UNMET_TARGET rule=RURAL_CLC.2015 unit=H_KHOAICHAU period=2015-H2 "
                    + "code=RURAL_CLC year=2015 severity=HIGH");
        });
    }

    /** What makes mvn test fail: the JUnit test of a failing scenario fails with the runner's description. */
    @Test
    void theJUnitTestOfAFailingScenarioFails() {
        List<DynamicTest> tests = flatten(ScenarioTests.of(runner, FAILING).toList());

        assertThat(tests).singleElement().satisfies(t -> {
            assertThat(t.getDisplayName()).isEqualTo("Expects a finding the rules do not give, and not the one they give");
            assertThatThrownBy(() -> t.getExecutable().execute()).isInstanceOf(AssertionFailedError.class)
                    .hasMessageContaining("scenarios/failing.yaml: \"Expects a finding")
                    .hasMessageContaining("expected, not found: UNMET_TARGET rule=RURAL_CLC.2015 unit=H_KHOAICHAU "
                            + "severity=LOW");
        });
    }

    @Test
    void theRuleFoldersScenariosAllPassAndAreManyPerFile() {
        List<ScenarioResult> results = runner.runAll();
        assertThat(results).allSatisfy(r -> assertThat(r.passed()).as(r.describe()).isTrue());
        assertThat(results).hasSizeGreaterThanOrEqualTo(13);
    }

    @Test
    void mistakesInAScenarioFileNameTheFileAndTheScenario() {
        RuleFolder folder = RuleFolder.copy();
        folder.write("scenarios/mistakes.yaml", """
                scenarios:
                  - name: No day
                    reports: []
                    expect: none
                """);
        folder.write("scenarios/more.yaml", """
                scenarios:
                  - name: A typo
                    as-of: 2016-01-10
                    report: []
                    expect: none
                  - name: An unknown unit
                    as-of: 2016-01-10
                    reports:
                      - {unit: H_NOWHERE, period: 2015-H2}
                    expect: none
                  - name: A bad status
                    as-of: 2016-01-10
                    reports:
                      - {unit: H_VANLAM, period: 2015-H2, deliverables: {PL02: finished}}
                    expect: none
                """);
        folder.write("scenarios/broken.yaml", "scenarios: [ {name: x\n");

        List<ScenarioResult> results = runner.runAll(folder.dir()).stream()
                .filter(r -> !r.passed()).toList();

        assertThat(results).extracting(ScenarioResult::describe).contains(
                "scenarios/mistakes.yaml: \"No day\": cannot be run: scenarios/mistakes.yaml: \"No day\": \"as-of:\" "
                        + "(the day the check is made) is missing",
                "scenarios/more.yaml: \"A typo\": cannot be run: scenarios/more.yaml: \"A typo\": unknown key "
                        + "\"report:\" (known: [all-units, as-of, covers, expect, name, periods, reports])",
                "scenarios/more.yaml: \"An unknown unit\": cannot be run: H_NOWHERE 2015-H2: no unit H_NOWHERE in the "
                        + "register",
                "scenarios/more.yaml: \"A bad status\": cannot be run: H_VANLAM 2015-H2, PL02: \"finished\" is not a "
                        + "status: done yyyy-MM-dd, done yyyy-MM-dd no document, in progress, not started or none");
        assertThat(results).hasSize(5).anySatisfy(r -> assertThat(r.error())
                .startsWith("scenarios/broken.yaml: not a YAML file: while parsing a flow mapping"));
    }

    private static List<DynamicTest> flatten(List<? extends DynamicNode> nodes) {
        List<DynamicTest> tests = new ArrayList<>();
        for (DynamicNode node : nodes) {
            if (node instanceof DynamicContainer c) {
                tests.addAll(flatten(c.getChildren().toList()));
            } else {
                tests.add((DynamicTest) node);
            }
        }
        return tests;
    }
}
