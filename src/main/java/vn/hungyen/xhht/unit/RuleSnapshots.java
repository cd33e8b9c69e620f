package vn.hungyen.xhht.unit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;
import vn.hungyen.xhht.engine.RulePack;
import vn.hungyen.xhht.engine.RulePackException;

/**
 * A copy of the rule folder in a temporary folder of its own, taken before compiling: a pack keeps the very
 * files it was compiled from (its names, its scenarios, its DRL shown in the catalog) while the author goes
 * on editing. Copies live until they are discarded or the rule book is closed.
 */
final class RuleSnapshots {

    private final Set<Path> taken = ConcurrentHashMap.newKeySet();

    /** Copies {@code source} and compiles the copy with {@code load}; a copy that does not compile is deleted. */
    RulePack compile(Path source, Function<Path, RulePack> load) {
        Path copy = take(source);
        try {
            return load.apply(copy);
        } catch (RuntimeException e) {
            delete(copy);
            throw e;
        }
    }

    private Path take(Path source) {
        if (!Files.isDirectory(source)) {
            throw new RulePackException("Rule folder not found: " + source.toAbsolutePath());
        }
        try {
            Path copy = Files.createTempDirectory("xhht-rules-");
            taken.add(copy);
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : files.toList()) {
                    Path target = copy.resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a copy this class took; anything else is left alone. */
    void delete(Path copy) {
        if (!taken.remove(copy)) {
            return;
        }
        try (Stream<Path> files = Files.walk(copy)) {
            List<Path> deepestFirst = files.sorted(Comparator.reverseOrder()).toList();
            for (Path file : deepestFirst) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void deleteAll() {
        List.copyOf(taken).forEach(this::delete);
    }
}
