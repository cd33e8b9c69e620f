package vn.hungyen.xhht.unit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;
import vn.hungyen.xhht.engine.RulePack;
import vn.hungyen.xhht.engine.RulePackException;

/**
 * A rule set's files written to a temporary folder of its own before compiling: a pack keeps the very files it
 * was compiled from (its names, its scenarios, its DRL shown in the catalog) while the author goes on editing
 * the draft or the folder they came from. Copies live until they are discarded or the rule book is closed.
 */
final class RuleSnapshots {

    private final Set<Path> taken = ConcurrentHashMap.newKeySet();

    /**
     * Writes {@code files} (path relative to the folder, content) and compiles the copy with {@code load}; a copy
     * that does not compile is deleted.
     */
    RulePack compile(Map<String, byte[]> files, Function<Path, RulePack> load) {
        Path copy = take(files);
        try {
            return load.apply(copy);
        } catch (RuntimeException e) {
            delete(copy);
            throw e;
        }
    }

    private Path take(Map<String, byte[]> files) {
        try {
            Path copy = Files.createTempDirectory("xhht-rules-");
            taken.add(copy);
            for (var file : files.entrySet()) {
                Path target = copy.resolve(file.getKey()).normalize();
                if (!target.startsWith(copy)) {
                    throw new RulePackException("A rule file outside the folder: " + file.getKey());
                }
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
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
