package vn.hungyen.xhht.check;

/** The command was wrong (exit 2): what to tell the user, as a bundle key and its arguments. */
final class CommandFailure extends Exception {

    private final String key;
    private final transient Object[] args;

    CommandFailure(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args;
    }

    String key() {
        return key;
    }

    Object[] args() {
        return args;
    }
}
