package vn.hungyen.xhht;

import java.util.Arrays;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import vn.hungyen.xhht.check.CheckCommand;

/**
 * The one runnable jar: {@code check ...} checks files from the command line; anything else is for the
 * web application.
 */
@SpringBootApplication
public class XhhtCheckerApplication {

    static final String USAGE = "Usage: java -jar xhht-checker.jar check [options] PATH...  "
            + "(java -jar xhht-checker.jar check --help lists the options)";

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("check")) {
            // Checking needs no Spring context; not starting one keeps the command quick.
            System.exit(CheckCommand.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        // There is no web layer to serve yet; when there is, this line becomes SpringApplication.run(...).
        System.out.println(USAGE);
    }
}
