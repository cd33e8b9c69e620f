package vn.hungyen.xhht.ruleset;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;

/** The scenarios of a rule folder as JUnit tests: a container per scenario file, a test per scenario. */
final class ScenarioTests {

    private ScenarioTests() {
    }

    static Stream<DynamicNode> of(ScenarioRunner runner, Path rulesDir) {
        return ScenarioFiles.list(rulesDir).stream().map(file -> {
            String name = rulesDir.relativize(file).toString().replace('\\', '/');
            try {
                return dynamicContainer(name, file.toUri(), ScenarioFiles.read(file, name).stream()
                        .map(s -> dynamicTest(s.name(), () -> {
                            ScenarioResult result = runner.run(s);
                            if (!result.passed()) {
                                fail(result.describe());
                            }
                        })));
            } catch (ScenarioException e) {
                return dynamicTest(name, () -> fail(e.getMessage()));
            }
        });
    }
}
