package vn.hungyen.xhht.ruleset;

/** A scenario file that cannot be read; the message names the file, the scenario and what is wrong. */
public class ScenarioException extends RuntimeException {

    ScenarioException(String message) {
        super(message);
    }
}
