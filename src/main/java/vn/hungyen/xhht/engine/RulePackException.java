package vn.hungyen.xhht.engine;

import java.util.List;

/** The rule pack cannot be used; the message names the file and line for the rule author. */
public class RulePackException extends RuntimeException {

    private final List<RuleError> errors;

    public RulePackException(String message) {
        super(message);
        this.errors = List.of();
    }

    public RulePackException(String message, Throwable cause) {
        super(message, cause);
        this.errors = List.of();
    }

    RulePackException(String message, List<RuleError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    /** The compilation errors, each with its file, line and column; empty when the pack failed otherwise. */
    public List<RuleError> errors() {
        return errors;
    }
}
