package vn.hungyen.xhht.ruleset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the coverage report needs of the plan catalog (docs/spec/plan-catalog.md): the codes of its units (§1),
 * indicators (§2) and deliverables (§3), and its readings (§5), where the plan is unclear or contradicts itself.
 */
record PlanCatalog(Set<String> units, Set<String> indicators, Set<String> deliverables, List<Reading> readings) {

    private static final Pattern CODE_ROW = Pattern.compile("^\\| ([A-Z][A-Z0-9_]+) \\|");
    private static final Pattern READING = Pattern.compile("^(\\d+)\\. (.*)$");

    /** A reading of §5, by its number. */
    record Reading(int number, String text) {
    }

    static PlanCatalog read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Reading> readings = new ArrayList<>();
        String section = "";
        Set<String> units = new LinkedHashSet<>();
        Set<String> indicators = new LinkedHashSet<>();
        Set<String> deliverables = new LinkedHashSet<>();
        for (String line : lines) {
            if (line.startsWith("## ")) {
                section = line.substring(3, 5);
                continue;
            }
            Matcher code = CODE_ROW.matcher(line);
            Matcher reading = READING.matcher(line);
            switch (section) {
                case "1." -> add(code, units);
                case "2." -> add(code, indicators);
                case "3." -> add(code, deliverables);
                case "5." -> {
                    if (reading.matches()) {
                        readings.add(new Reading(Integer.parseInt(reading.group(1)), reading.group(2).strip()));
                    } else if (!line.isBlank() && !readings.isEmpty()) {
                        Reading last = readings.remove(readings.size() - 1);
                        readings.add(new Reading(last.number(), last.text() + " " + line.strip()));
                    }
                }
                default -> { }
            }
        }
        return new PlanCatalog(Set.copyOf(units), Set.copyOf(indicators), Set.copyOf(deliverables),
                List.copyOf(readings));
    }

    private static void add(Matcher code, Set<String> codes) {
        if (code.find()) {
            codes.add(code.group(1));
        }
    }
}
