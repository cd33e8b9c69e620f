package vn.hungyen.xhht.ruleset;

import java.util.List;
import java.util.stream.Collectors;
import vn.hungyen.xhht.engine.RuleError;

/**
 * The rule folder as it is now, compiled aside and tried on its scenarios; nothing active changed.
 *
 * @param version   its version when it compiles; null when it does not
 * @param errors    compilation errors, each with file (relative to the rule folder), line and column
 * @param problem   why it cannot be used when that is not a compilation error (e.g. a bad severity word)
 * @param scenarios every scenario's result (none when it does not compile)
 */
public record Candidate(String version, List<RuleError> errors, String problem, List<ScenarioResult> scenarios) {

    public boolean compiles() {
        return version != null;
    }

    /** Why it does not compile, as plain text for a log: the problem, or an error a line. */
    public String problems() {
        return problem != null ? problem
                : errors.stream().map(Object::toString).collect(Collectors.joining("\n"));
    }

    public List<ScenarioResult> failedScenarios() {
        return scenarios.stream().filter(r -> !r.passed()).toList();
    }

    /** Whether it may replace the active rules: it compiles and passes every scenario. */
    public boolean usable() {
        return compiles() && failedScenarios().isEmpty();
    }
}
