package vn.hungyen.xhht.check;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/** One run of the check command in this process, with what it printed. */
record CommandRun(int status, String out, String err) {

    /** "Today" for runs without --as-of. */
    static final LocalDate TODAY = LocalDate.of(2016, 1, 10);

    static CommandRun check(String... args) {
        return check(Map.of(), args);
    }

    static CommandRun check(Map<String, String> environment, String... args) {
        return checkAt(Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC), environment, args);
    }

    /** A run on a machine whose clock (and time zone) is {@code clock}. */
    static CommandRun checkAt(Clock clock, Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = CheckCommand.commandLine(environment, clock)
                .setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(args);
        return new CommandRun(status, out.toString(), err.toString());
    }
}
