package vn.hungyen.xhht.ruleset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One rule as its author wrote it: the file and line it starts on, its metadata, and its text with the comment
 * lines just above it (where the plan is quoted and the reading explained).
 *
 * @param file relative to the rule folder, e.g. {@code targets/training.drl}
 */
public record RuleSource(String id, String file, int line, String citation, String severity, String text) {

    private static final Pattern START = Pattern.compile("^rule\\s+\"([^\"]+)\"");
    private static final Pattern END = Pattern.compile("^end\\s*$");
    private static final Pattern CITATION = Pattern.compile("@citation\\(\\s*\"([^\"]*)\"\\s*\\)");
    private static final Pattern SEVERITY = Pattern.compile("@severity\\(\\s*\"([^\"]*)\"\\s*\\)");

    /** Every rule of every {@code .drl} file of the folder, in file and line order. */
    static List<RuleSource> read(Path rulesDir) {
        List<RuleSource> rules = new ArrayList<>();
        try (Stream<Path> files = Files.walk(rulesDir)) {
            for (Path drl : files.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                String name = rulesDir.relativize(drl).toString().replace('\\', '/');
                rules.addAll(parse(name, Files.readAllLines(drl, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rules;
    }

    static List<RuleSource> parse(String file, List<String> lines) {
        List<RuleSource> rules = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher start = START.matcher(lines.get(i));
            if (!start.find()) {
                continue;
            }
            int first = i;
            while (first > 0 && lines.get(first - 1).strip().startsWith("//")) {
                first--;
            }
            int last = i;
            while (last < lines.size() - 1 && !END.matcher(lines.get(last)).find()) {
                last++;
            }
            String text = String.join("\n", lines.subList(first, last + 1));
            String header = String.join("\n", lines.subList(i, last + 1));
            rules.add(new RuleSource(start.group(1), file, i + 1, group(CITATION, header), group(SEVERITY, header),
                    text));
            i = last;
        }
        return rules;
    }

    private static String group(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    /** The rule's conditions and consequence with its name and comments left out, to compare rules. */
    String body() {
        String withoutComments = text.lines().filter(l -> !l.strip().startsWith("//"))
                .map(l -> l.replaceAll("//.*$", "")).reduce("", (a, b) -> a + "\n" + b);
        return withoutComments.replaceFirst("rule\\s+\"[^\"]+\"", "").replaceAll("\\s+", " ").strip();
    }
}
