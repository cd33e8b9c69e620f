package vn.hungyen.xhht.check;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.hungyen.xhht.engine.CheckOptions;
import vn.hungyen.xhht.engine.CheckResult;
import vn.hungyen.xhht.engine.RulePack;
import vn.hungyen.xhht.engine.RulePackException;
import vn.hungyen.xhht.intake.WorkbookReader;
import vn.hungyen.xhht.message.FindingMessages;
import vn.hungyen.xhht.message.Language;
import vn.hungyen.xhht.message.Messages;
import vn.hungyen.xhht.message.Names;

/** {@code check}: reads report workbooks, judges them with the rule pack and prints the findings (contract §4). */
@Command(name = "check", sortOptions = false, usageHelpAutoWidth = true,
        description = "Checks report workbooks against Plan 74/KH-UBND and prints the findings.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:no findings",
            "1:findings",
            "2:the command was wrong: unknown option, bad value, no such path, rules that do not load",
            "3:internal error"})
public final class CheckCommand implements Callable<Integer> {

    static final int FINDINGS = 1;
    static final int WRONG_COMMAND = 2;
    static final int INTERNAL_ERROR = 3;

    static final String RULES_VARIABLE = "XHHT_RULES";
    private static final Logger LOG = LoggerFactory.getLogger(CheckCommand.class);

    enum Format { TEXT, JSON }

    @Option(names = "--as-of", paramLabel = "yyyy-MM-dd", description = "Check as of this day (default: today in Asia/Ho_Chi_Minh).")
    private LocalDate asOf;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--lang", paramLabel = "vi|en", defaultValue = "vi",
            description = "Language of messages (default: ${DEFAULT-VALUE}).")
    private Language language;

    @Option(names = "--all-units",
            description = "Judge missing reports for every unit of the register, not only those in the files.")
    private boolean allUnits;

    @Option(names = "--periods", paramLabel = "A..B", converter = PeriodSpan.Converter.class,
            description = "Judge missing reports for these periods, e.g. 2013-H2..2020-H2, "
                    + "not only those in the files.")
    private PeriodSpan periods;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "The rule folder (default: $" + RULES_VARIABLE + ", else ./rules).")
    private Path rules;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "A workbook (.xlsx), or a folder searched recursively for workbooks.")
    private List<Path> paths;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Spec
    private CommandSpec spec;

    /** Days are the province's, whatever the machine's time zone (catalog reading 20). */
    static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Map<String, String> environment;
    private final Clock clock;

    CheckCommand(Map<String, String> environment, Clock clock) {
        this.environment = environment;
        this.clock = clock;
    }

    /** Runs the command as {@code main} does, on the process's streams; returns the exit status. */
    public static int run(String... args) {
        PrintWriter out = utf8(System.out);
        PrintWriter err = utf8(System.err);
        int status = commandLine(System.getenv(), Clock.systemUTC()).setOut(out).setErr(err).execute(args);
        out.flush();
        err.flush();
        return status;
    }

    static CommandLine commandLine(Map<String, String> environment, Clock clock) {
        return new CommandLine(new CheckCommand(environment, clock))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(new ParameterErrors());
    }

    // Vietnamese must come out right whatever the platform's default charset is.
    private static PrintWriter utf8(OutputStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    }

    @Override
    public Integer call() {
        Messages messages = Messages.of(language);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            List<ReportFile> files = files(messages, err);
            RulePack pack = RulePack.load(rulesDir());
            CheckResult result = check(pack, files);
            write(result, messages, Names.load(pack.dir(), pack.units(), language), out);
            return result.findings().isEmpty() ? 0 : FINDINGS;
        } catch (CommandFailure e) {
            err.println(messages.text("error.line", messages.text(e.key(), e.args())));
            return WRONG_COMMAND;
        } catch (RulePackException e) {
            err.println(messages.text("error.line", messages.text("error.rules", e.getMessage())));
            return WRONG_COMMAND;
        } catch (RuntimeException e) {
            // A bug, not a wrong command: say so in one line, never exit 1; the trace is for the maintainer,
            // in the log at DEBUG (logging.level.vn.hungyen.xhht=DEBUG), not for the user.
            err.println(messages.text("error.line", messages.text("error.internal", e)));
            LOG.debug("internal error", e);
            return INTERNAL_ERROR;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Every file the PATHs name, each once; all PATHs are checked for existence before anything is read. */
    private List<ReportFile> files(Messages messages, PrintWriter err) throws CommandFailure {
        List<Path> missing = paths.stream().filter(p -> !Files.exists(p)).toList();
        if (!missing.isEmpty()) {
            throw new CommandFailure("error.noSuchPath",
                    missing.stream().map(Path::toString).collect(Collectors.joining(", ")));
        }
        Map<Path, ReportFile> files = new LinkedHashMap<>();
        for (Path path : paths) {
            List<ReportFile> found = listed(path);
            if (found.isEmpty()) {
                err.println(messages.text("warn.noWorkbooks", path));
            }
            found.forEach(f -> files.putIfAbsent(f.path().toAbsolutePath().normalize(), f));
        }
        return List.copyOf(files.values());
    }

    private static List<ReportFile> listed(Path path) throws CommandFailure {
        try {
            return ReportFile.under(path);
        } catch (IOException | UncheckedIOException e) {
            throw new CommandFailure("error.cannotList", path, e.getMessage());
        }
    }

    private Path rulesDir() throws CommandFailure {
        String variable = environment.get(RULES_VARIABLE);
        Path dir = rules != null ? rules : Path.of(variable == null || variable.isBlank() ? "rules" : variable);
        if (!Files.isDirectory(dir)) {
            throw new CommandFailure("error.noRules", dir);
        }
        return dir;
    }

    private CheckResult check(RulePack pack, List<ReportFile> files) {
        CheckOptions options = new CheckOptions(asOf != null ? asOf : LocalDate.now(clock.withZone(PROVINCE)), allUnits,
                Optional.ofNullable(periods).map(PeriodSpan::periods));
        return new FileCheck(pack, new WorkbookReader(pack.codes()), Runtime.getRuntime().availableProcessors())
                .check(files, options);
    }

    private void write(CheckResult result, Messages messages, Names names, PrintWriter out) {
        FindingMessages findingMessages = new FindingMessages(messages, names);
        switch (format) {
            case TEXT -> new TextOutput(messages, names, findingMessages).write(result, out);
            case JSON -> new JsonOutput(findingMessages).write(result, out);
        }
    }
}
