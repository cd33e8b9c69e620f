package vn.hungyen.xhht.ruleset;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The plan's own words by clause, from {@code plan-text.yaml} of the rule folder: quoted from Kế hoạch
 * 74/KH-UBND, keyed by the citation a rule carries ({@code II.1.c}, {@code PL 13}, {@code IV.11.6}).
 */
public record PlanText(Map<String, String> clauses) {

    static final String FILE = "plan-text.yaml";

    /** One clause and its words; {@code text} is null when the file has no such clause. */
    public record Quote(String clause, String text) {
    }

    static PlanText load(Path rulesDir) {
        Path file = rulesDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return new PlanText(Map.of());
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            Map<String, String> clauses = new LinkedHashMap<>();
            if (root instanceof Map<?, ?> m) {
                m.forEach((k, v) -> clauses.put(String.valueOf(k), String.valueOf(v)));
            }
            return new PlanText(clauses);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (YAMLException e) {
            throw new IllegalStateException(FILE + ": not a YAML file: " + e.getMessage(), e);
        }
    }

    /** The words of each clause of a citation such as {@code "PL 13, V.4"}. */
    List<Quote> quotes(String citation) {
        if (citation == null || citation.isBlank()) {
            return List.of();
        }
        return Arrays.stream(citation.split(",")).map(String::strip).filter(c -> !c.isEmpty())
                .map(c -> new Quote(c, clauses.get(c))).toList();
    }
}
