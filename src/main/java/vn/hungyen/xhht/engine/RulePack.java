package vn.hungyen.xhht.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import vn.hungyen.xhht.intake.KnownCodes;
import vn.hungyen.xhht.plan.Period;
import vn.hungyen.xhht.plan.Severity;
import vn.hungyen.xhht.plan.UnitRegister;

/**
 * The rules folder, compiled: every {@code .drl} under it, the unit register {@code units.csv}, and the
 * names of codes. Read at run time, so a rule author edits a file and reruns without a rebuild.
 */
public final class RulePack {

    static final String UNIT_REGISTER = "units.csv";
    private static final String KIE_ROOT = "src/main/resources/";
    /** Drools gives the column of a parser error only in its text, 0-based: "[ERR 102] Line 15:42 ...". */
    private static final Pattern PARSER_POSITION = Pattern.compile("Line (\\d+):(\\d+)");

    private final Path dir;
    private final KieBase kieBase;
    private final UnitRegister units;
    private final String version;
    private final PlanObligations obligations;
    private final ReleaseId releaseId;

    private RulePack(Path dir, KieBase kieBase, ReleaseId releaseId, UnitRegister units, String version) {
        this.dir = dir;
        this.releaseId = releaseId;
        this.kieBase = kieBase;
        this.units = units;
        this.version = version;
        this.obligations = PlanObligations.derive(kieBase, units);
    }

    /** The rule folder with its own unit register, {@code units.csv}. */
    public static RulePack load(Path dir) {
        requireFolder(dir);
        Path register = dir.resolve(UNIT_REGISTER);
        if (!Files.isRegularFile(register)) {
            throw new RulePackException("The unit register is missing: " + register);
        }
        try {
            return load(dir, UnitRegister.load(register));
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new RulePackException(e.getMessage(), e);
        }
    }

    /** The rule folder with a register kept elsewhere (the web application keeps it in its database). */
    public static RulePack load(Path dir, UnitRegister units) {
        requireFolder(dir);
        List<Path> drls = drlFiles(dir);
        if (drls.isEmpty()) {
            throw new RulePackException("No .drl file in the rule folder " + dir.toAbsolutePath());
        }
        KieServices ks = KieServices.get();
        ReleaseId releaseId = ks.newReleaseId("vn.hungyen.xhht.rules", "pack-" + UUID.randomUUID(), "1.0.0");
        KieBase kieBase = compile(ks, releaseId, dir, drls);
        checkMetadata(kieBase);
        return new RulePack(dir, kieBase, releaseId, units, fingerprint(dir, drls, units));
    }

    private static void requireFolder(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new RulePackException("Rule folder not found: " + dir.toAbsolutePath());
        }
    }

    private static List<Path> drlFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Builds under a ReleaseId of its own and takes the module out of the global KieRepository once its KieBase
     * is built: with the default ReleaseId two compiles at once (a preview, an activation) could each pick up the
     * other's module, and every compile would stay in the repository for the life of the process.
     */
    private static KieBase compile(KieServices ks, ReleaseId releaseId, Path dir, List<Path> drls) {
        KieFileSystem kfs = ks.newKieFileSystem().generateAndWritePomXML(releaseId);
        for (Path drl : drls) {
            kfs.write(KIE_ROOT + relative(dir, drl), read(drl));
        }
        try {
            return build(ks, kfs, dir, releaseId);
        } finally {
            ks.getRepository().removeKieModule(releaseId);
        }
    }

    private static KieBase build(KieServices ks, KieFileSystem kfs, Path dir, ReleaseId releaseId) {
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            // "Parser returned a null Package" only repeats that a file did not parse
            List<RuleError> located = errors.stream().map(RulePack::located)
                    .filter(e -> e.line() > 0 || !e.message().startsWith("Parser returned a null Package")).toList();
            throw new RulePackException("The rules do not compile:\n" + located.stream()
                    .map(e -> "  " + (e.file() == null ? "" : dir.resolve(e.file()) + ":")
                            + (e.line() > 0 ? e.line() + ":" : "") + (e.column() > 0 ? e.column() + ":" : "")
                            + " " + e.message())
                    .collect(Collectors.joining("\n")), located);
        }
        KieContainer container = ks.newKieContainer(releaseId);
        return container.getKieBase();
    }

    private static RuleError located(Message m) {
        String file = m.getPath() == null ? null : m.getPath().replaceFirst("^" + KIE_ROOT, "");
        int column = Math.max(m.getColumn(), 0);
        Matcher position = PARSER_POSITION.matcher(m.getText());
        if (column == 0 && position.find() && Integer.parseInt(position.group(1)) == m.getLine()) {
            column = Integer.parseInt(position.group(2)) + 1;
        }
        return new RuleError(file, Math.max(m.getLine(), 0), column, m.getText().strip());
    }

    /** Severity words are checked here, once, so that a typo fails the load rather than a check run. */
    private static void checkMetadata(KieBase kieBase) {
        for (var pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                String severity = RuleMeta.string(rule, "severity");
                if (severity != null && Stream.of(Severity.values()).noneMatch(s -> s.name().equals(severity))) {
                    throw new RulePackException("Rule \"" + rule.getName() + "\" (package " + pkg.getName()
                            + "): @severity(\"" + severity + "\") is not one of HIGH, MEDIUM, LOW");
                }
            }
        }
    }

    private static String fingerprint(Path dir, List<Path> drls, UnitRegister units) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path file : drls) {
                sha.update(relative(dir, file).getBytes(StandardCharsets.UTF_8));
                sha.update(Files.readAllBytes(file));
            }
            units.all().forEach(u -> sha.update(u.toString().getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String relative(Path dir, Path file) {
        return dir.relativize(file).toString().replace('\\', '/');
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    KieBase kieBase() {
        return kieBase;
    }

    /** The ReleaseId it was built under, which no other pack has. */
    ReleaseId releaseId() {
        return releaseId;
    }

    public Path dir() {
        return dir;
    }

    public UnitRegister units() {
        return units;
    }

    /** A short hash of the rule files and the register, naming the rule set that produced a finding. */
    public String version() {
        return version;
    }

    /** What every unit owes, as the rules say. */
    public PlanObligations obligations() {
        return obligations;
    }

    public KnownCodes codes() {
        Set<String> indicators = obligations.indicators();
        Set<String> deliverables = obligations.deliverables();
        Set<String> differences = obligations.differences();
        List<ReportDue> due = obligations.reportsDue();
        String periods = due.isEmpty() ? ""
                : due.get(0).period().code() + "–" + due.get(due.size() - 1).period().code();
        return new KnownCodes() {
            @Override
            public boolean isUnit(String code) {
                return units.find(code).isPresent();
            }

            @Override
            public boolean isIndicator(String code) {
                return indicators.contains(code);
            }

            @Override
            public boolean isDeliverable(String code) {
                return deliverables.contains(code);
            }

            @Override
            public boolean isDifference(String indicator) {
                return differences.contains(indicator);
            }

            @Override
            public boolean isPlanPeriod(Period period) {
                return obligations.deadline(period).isPresent();
            }

            @Override
            public String planPeriods() {
                return periods;
            }
        };
    }
}
