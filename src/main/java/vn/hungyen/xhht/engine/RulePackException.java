package vn.hungyen.xhht.engine;

/** The rule pack cannot be used; the message names the file and line for the rule author. */
public class RulePackException extends RuntimeException {

    public RulePackException(String message) {
        super(message);
    }

    public RulePackException(String message, Throwable cause) {
        super(message, cause);
    }
}
