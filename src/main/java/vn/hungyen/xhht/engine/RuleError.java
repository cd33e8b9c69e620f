package vn.hungyen.xhht.engine;

/**
 * One compilation error of a rule file, where a rule author finds it.
 *
 * @param file   the file, relative to the rule folder (e.g. {@code targets/training.drl}); null when Drools names none
 * @param line   1-based; 0 when unknown
 * @param column 1-based; 0 when unknown
 */
public record RuleError(String file, int line, int column, String message) {

    /** {@code targets/training.drl:128:14: message}, leaving out what is unknown. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        if (file != null) {
            s.append(file).append(':');
            if (line > 0) {
                s.append(line).append(':');
                if (column > 0) {
                    s.append(column).append(':');
                }
            }
            s.append(' ');
        }
        return s.append(message).toString();
    }
}
