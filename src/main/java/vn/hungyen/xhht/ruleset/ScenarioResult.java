package vn.hungyen.xhht.ruleset;

import java.util.List;

/**
 * How one scenario went: passed, or the difference between the findings expected and those the rules gave,
 * or why it could not be run.
 *
 * @param missing    expected, but the rules gave no such finding
 * @param unexpected given by the rules, but not expected
 * @param error      why the scenario could not be run; null when it ran
 */
public record ScenarioResult(String file, String name, List<String> missing, List<String> unexpected,
                             String error) {

    public boolean passed() {
        return error == null && missing.isEmpty() && unexpected.isEmpty();
    }

    /** What a rule author reads: the scenario, then each difference on a line of its own. */
    public String describe() {
        StringBuilder s = new StringBuilder(file).append(": \"").append(name).append("\"");
        if (passed()) {
            return s.append(": passed").toString();
        }
        if (error != null) {
            return s.append(": cannot be run: ").append(error).toString();
        }
        s.append(": failed");
        missing.forEach(m -> s.append("\n    expected, not found: ").append(m));
        unexpected.forEach(u -> s.append("\n    found, not expected: ").append(u));
        return s.toString();
    }
}
