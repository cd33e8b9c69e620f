package vn.hungyen.xhht.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import vn.hungyen.xhht.engine.RulePack;
import vn.hungyen.xhht.ruleset.Activation;
import vn.hungyen.xhht.ruleset.RuleSets;
import vn.hungyen.xhht.unit.RuleBook;

/**
 * A copy of rules/ in a temporary folder, for tests that edit rules: the real folder is never touched. A test
 * class points the application at it ({@code xhht.rules-dir}) and puts it back as rules/ is before each test.
 */
public final class RuleFolder {

    private static final Path ORIGINAL = Path.of("rules");

    private final Path dir;
    private String original;

    private RuleFolder(Path dir) {
        this.dir = dir;
    }

    public static RuleFolder copy() {
        try {
            RuleFolder folder = new RuleFolder(Files.createTempDirectory("rule-folder-"));
            Runtime.getRuntime().addShutdownHook(new Thread(folder::delete)); // the test JVM cleans up after itself
            folder.reset();
            folder.original = RulePack.load(folder.dir).version();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path dir() {
        return dir;
    }

    /** The version of rules/ (with the register of its units.csv). */
    public String original() {
        return original;
    }

    /** For a test class's {@code @DynamicPropertySource}: the application reads its rules here. */
    public void use(DynamicPropertyRegistry registry) {
        registry.add("xhht.rules-dir", dir::toString);
    }

    /** What a test starts from: this folder as rules/ is, and active; a database with no report. */
    public void restore(JdbcClient jdbc, RuleBook rules, RuleSets ruleSets) {
        reset();
        Database.reset(jdbc, rules);
        if (!rules.version().equals(original)) {
            assertThat(ruleSets.activate(Optional.empty(), "API").activation().outcome())
                    .isEqualTo(Activation.Outcome.ACTIVATED);
        }
        Database.reset(jdbc, rules);
    }

    /** Makes the copy what rules/ is again. */
    public void reset() {
        try {
            deleteBelow();
            try (Stream<Path> files = Files.walk(ORIGINAL)) {
                for (Path p : files.toList()) {
                    Path target = dir.resolve(ORIGINAL.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void deleteBelow() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(dir)) {
                    Files.delete(p);
                }
            }
        }
    }

    private void delete() {
        try {
            deleteBelow();
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // a temporary folder left behind harms nobody
        }
    }

    /** Replaces the one occurrence of {@code from} in a file of the folder (e.g. {@code targets/literacy.drl}). */
    public RuleFolder edit(String file, String from, String to) {
        Path path = dir.resolve(file);
        try {
            String text = Files.readString(path, StandardCharsets.UTF_8);
            assertThat(text).as(file).containsOnlyOnce(from);
            Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public RuleFolder write(String file, String text) {
        try {
            Path path = dir.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
