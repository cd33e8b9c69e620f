package vn.hungyen.xhht.ruleset;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.hungyen.xhht.engine.RuleError;
import vn.hungyen.xhht.engine.RulePack;
import vn.hungyen.xhht.engine.RulePackException;
import vn.hungyen.xhht.message.Language;
import vn.hungyen.xhht.message.Messages;

/**
 * The rule author's commands of the jar, run without the web application: {@code test-rules} runs every
 * scenario of the rule folder; {@code rules} does so too and compares the folder with an exported rule set;
 * {@code rules-report} prints coverage and lint. Exit status 0 when all is well,
 * 1 when a scenario fails, 2 when the rules do not compile or the folder is not there.
 */
public final class RuleCommands {

    public static final Set<String> NAMES = Set.of("test-rules", "rules-report", "rules");
    static final int FAILED = 1;
    static final int WRONG = 2;

    private RuleCommands() {
    }

    /** {@code args[0]} is the command's name, one of {@link #NAMES}; returns the exit status. */
    public static int run(String... args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        return run(out, err, args);
    }

    static int run(PrintWriter out, PrintWriter err, String... args) {
        Object command = switch (args[0]) {
            case "test-rules" -> new TestRules();
            case "rules" -> new Rules();
            default -> new Report();
        };
        int status = new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true).setOut(out).setErr(err)
                .execute(Arrays.copyOfRange(args, 1, args.length));
        out.flush();
        err.flush();
        return status;
    }

    abstract static class Base implements Callable<Integer> {
        @Option(names = "--rules", paramLabel = "DIR", description = "The rule folder (default: ./rules).",
                defaultValue = "rules")
        Path rules;

        @Option(names = "--lang", paramLabel = "vi|en", defaultValue = "vi",
                description = "Language of messages (default: ${DEFAULT-VALUE}).")
        Language language;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
        boolean help;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Messages messages = Messages.of(language);
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!Files.isDirectory(rules)) {
                err.println(messages.text("error.line", messages.text("error.noRules", rules)));
                return WRONG;
            }
            RulePack pack;
            try {
                pack = RulePack.load(rules);
            } catch (RulePackException e) {
                err.println(messages.text("rules.cli.refused", rules));
                List<RuleError> errors = e.errors();
                if (errors.isEmpty()) {
                    err.println("  " + e.getMessage());
                }
                errors.forEach(x -> err.println("  " + rules.resolve(x.file() == null ? "" : x.file()) + located(x)));
                return WRONG;
            }
            return run(pack, messages, out);
        }

        private static String located(RuleError e) {
            return (e.line() > 0 ? ":" + e.line() : "") + (e.column() > 0 ? ":" + e.column() : "") + ": " + e.message();
        }

        abstract int run(RulePack pack, Messages messages, PrintWriter out);
    }

    @Command(name = "test-rules", sortOptions = false, usageHelpAutoWidth = true,
            description = "Runs every scenario of the rule folder (scenarios/**/*.yaml) and says which fail, and how.",
            exitCodeListHeading = "%nExit status:%n",
            exitCodeList = {"0:every scenario passed", "1:a scenario failed",
                "2:the rules do not compile, or no such folder"})
    static final class TestRules extends Base {
        @Override
        int run(RulePack pack, Messages messages, PrintWriter out) {
            return test(pack, messages, out);
        }

        static int test(RulePack pack, Messages messages, PrintWriter out) {
            List<ScenarioResult> results = new ScenarioRunner(pack).runAll();
            long failed = results.stream().filter(r -> !r.passed()).count();
            for (ScenarioResult r : results) {
                write(r, messages, out);
            }
            out.println(messages.text("rules.cli.summary", pack.version(), results.size(), results.size() - failed,
                    failed));
            return results.isEmpty() || failed > 0 ? FAILED : 0;
        }

        static void write(ScenarioResult r, Messages messages, PrintWriter out) {
            if (r.passed()) {
                out.println(messages.text("rules.cli.passed", r.file(), r.name()));
                return;
            }
            if (r.error() != null) {
                out.println(messages.text("rules.cli.error", r.file(), r.name(), r.error()));
                return;
            }
            out.println(messages.text("rules.cli.failed", r.file(), r.name()));
            r.missing().forEach(m -> out.println("    " + messages.text("rules.scenario.missing", m)));
            r.unexpected().forEach(u -> out.println("    " + messages.text("rules.scenario.unexpected", u)));
        }
    }

    @Command(name = "rules", sortOptions = false, usageHelpAutoWidth = true,
            description = "Compiles the rule folder, runs its scenarios and, with --against, lists how it differs "
                    + "from a rule set exported from the web application (GET /api/rules/versions/{id}/zip).",
            exitCodeListHeading = "%nExit status:%n",
            exitCodeList = {"0:it compiles and every scenario passed", "1:a scenario failed",
                "2:the rules do not compile, no such folder, or the zip cannot be read"})
    static final class Rules extends Base {
        @Option(names = "--against", paramLabel = "ZIP", description = "An exported rule set to compare with.")
        Path against;

        @Override
        int run(RulePack pack, Messages messages, PrintWriter out) {
            RuleFiles exported;
            try {
                exported = against == null ? null : RuleFiles.unzip(Files.readAllBytes(against));
            } catch (IOException | RuleFilesException e) {
                spec.commandLine().getErr().println(messages.text("error.line",
                        messages.text("rules.files.notZip")) + " " + against);
                return WRONG;
            }
            int status = TestRules.test(pack, messages, out);
            if (exported != null) {
                List<FileDiff> diffs = FileDiff.between(exported, RuleFiles.read(rules));
                out.println();
                out.println(diffs.isEmpty() ? messages.text("rules.cli.same", against)
                        : messages.text("rules.cli.differs", diffs.size(), against));
                for (FileDiff d : diffs) {
                    out.println("--- " + against.getFileName() + "/" + d.path());
                    out.println("+++ " + rules.resolve(d.path()) + " (" + d.status() + ")");
                    d.lines().forEach(l -> out.println(l.kind() + l.text()));
                }
            }
            return status;
        }
    }

    @Command(name = "rules-report", sortOptions = false, usageHelpAutoWidth = true,
            description = "Coverage and lint of the rule folder: catalog items with no rule, rules with no scenario, "
                    + "rules that can never fire or repeat another, and the plan's known issues.",
            exitCodeListHeading = "%nExit status:%n",
            exitCodeList = {"0:the report was printed", "2:the rules do not compile, or no such folder"})
    static final class Report extends Base {
        @Option(names = "--catalog", paramLabel = "FILE", defaultValue = "docs/spec/plan-catalog.md",
                description = "The plan catalog (default: ${DEFAULT-VALUE}).")
        Path catalog;

        @Override
        int run(RulePack pack, Messages messages, PrintWriter out) {
            RuleReport report = RuleReport.of(pack, Optional.of(catalog));
            out.println(messages.text("rules.report.title", pack.version()));
            if (!report.catalogFound()) {
                out.println(messages.text("rules.report.noCatalog", catalog));
            }
            section(out, messages, "rules.report.gaps", report.catalogGaps().stream()
                    .map(i -> messages.text(i.key(), i.args().toArray())).toList());
            section(out, messages, "rules.report.filesWithoutScenario", report.filesWithoutScenario());
            section(out, messages, "rules.report.rulesWithoutScenario", report.rulesWithoutScenario());
            section(out, messages, "rules.report.neverFire", items(report.neverFire(), messages));
            section(out, messages, "rules.report.duplicates", items(report.duplicates(), messages));
            section(out, messages, "rules.report.knownIssues", report.knownIssues().stream()
                    .map(k -> messages.text("rules.report.reading", k.reading(), k.text(),
                            k.rules().isEmpty() ? "—" : String.join(", ", k.rules()))).toList());
            return 0;
        }

        private static List<String> items(List<RuleReport.Item> items, Messages messages) {
            return items.stream().map(i -> i.file() + ":" + i.line() + ": " + i.subject() + ": "
                    + messages.text(i.key(), i.args().toArray())).toList();
        }

        private static void section(PrintWriter out, Messages messages, String key, List<String> lines) {
            out.println();
            out.println(messages.text(key, lines.size()));
            lines.forEach(l -> out.println("  " + l));
        }
    }
}
