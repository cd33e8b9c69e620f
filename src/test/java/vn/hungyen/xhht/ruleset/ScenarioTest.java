package vn.hungyen.xhht.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vn.hungyen.xhht.engine.RulePack;

/**
 * Every scenario of rules/scenarios, run by {@code mvn test} as it is by {@code test-rules}: a failing
 * scenario fails the build, naming the scenario and the difference.
 */
class ScenarioTest {

    private static final Path RULES = Path.of("rules");
    private static final RulePack PACK = RulePack.load(RULES);

    @TestFactory
    Stream<DynamicNode> scenariosOfTheRuleFolder() {
        return ScenarioTests.of(new ScenarioRunner(PACK), RULES);
    }

    @Test
    void everyRuleFileHasAScenarioFileAndEveryRuleAScenario() {
        RuleReport report = RuleReport.of(PACK, Optional.empty());
        assertThat(report.filesWithoutScenario()).as("rule files with no scenarios/<same path>.yaml").isEmpty();
        assertThat(report.rulesWithoutScenario()).as("rules no scenario expects a finding of, or covers").isEmpty();
        assertThat(ScenarioFiles.list(RULES)).hasSizeGreaterThanOrEqualTo(13);
    }
}
