package vn.hungyen.xhht;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import vn.hungyen.xhht.bench.BenchCommand;
import vn.hungyen.xhht.check.CheckCommand;
import vn.hungyen.xhht.ruleset.RuleCommands;

/**
 * The one runnable jar: {@code check ...} checks files from the command line, {@code test-rules} and
 * {@code rules-report} serve the rule author, {@code bench ...} measures how fast (docs/benchmarks.md); anything
 * else starts the web application (http://localhost:8080).
 */
@SpringBootApplication
public class XhhtCheckerApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("check")) {
            // Checking needs no Spring context; not starting one keeps the command quick.
            System.exit(CheckCommand.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && RuleCommands.NAMES.contains(args[0])) {
            System.exit(RuleCommands.run(args));
        }
        if (args.length > 0 && args[0].equals("bench")) {
            System.exit(BenchCommand.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(XhhtCheckerApplication.class, args);
    }
}
