package vn.hungyen.xhht.samples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import vn.hungyen.xhht.check.CheckCommand;

/**
 * The {@code check} command run in-process, as {@code java -jar xhht-checker.jar check} runs it, with its
 * standard output captured. The command prints to the process's streams, so they are swapped for the run.
 */
final class CheckRun {

    static final String AS_OF = "2021-01-31";

    private CheckRun() {
    }

    /** {@code check --as-of 2021-01-31 --format json FOLDER}: the JSON it prints. */
    static synchronized String json(Path folder) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
            status = CheckCommand.run("--as-of", AS_OF, "--format", "json", folder.toString());
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        // 0: no findings, 1: findings; anything else means the command itself failed
        if (status > 1) {
            throw new IllegalStateException("check exited with " + status + ": "
                    + errors.toString(StandardCharsets.UTF_8));
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
