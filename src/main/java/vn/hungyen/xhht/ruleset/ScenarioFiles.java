package vn.hungyen.xhht.ruleset;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import vn.hungyen.xhht.plan.Period;

/**
 * Reads the scenario files of a rule folder: {@code scenarios/**}{@code /*.yaml}, the format of
 * docs/rule-authoring.md. Every mistake is a {@link ScenarioException} naming the file and the scenario.
 */
final class ScenarioFiles {

    static final String FOLDER = "scenarios";
    private static final Set<String> SCENARIO_KEYS = Set.of("name", "as-of", "all-units", "periods", "reports",
            "expect", "covers");
    private static final Set<String> REPORT_KEYS = Set.of("unit", "period", "submitted", "file", "values",
            "deliverables", "problems", "workbook");
    private static final String NONE = "none";
    private static final String COUNT = "count";

    private ScenarioFiles() {
    }

    /** The scenario files under {@code rulesDir/scenarios}, in path order. */
    static List<Path> list(Path rulesDir) {
        Path folder = rulesDir.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The scenarios of one file; {@code name} is how failures name the file. */
    static List<Scenario> read(Path file, String name) {
        Object root;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (YAMLException e) {
            throw new ScenarioException(name + ": not a YAML file: " + e.getMessage());
        }
        Map<String, Object> top = map(root, name);
        Object list = top.get("scenarios");
        if (!(list instanceof List<?> items) || items.isEmpty()) {
            throw new ScenarioException(name + ": no list \"scenarios:\"");
        }
        List<Scenario> scenarios = new ArrayList<>();
        for (Object item : items) {
            Map<String, Object> fields = map(item, name);
            try {
                scenarios.add(scenario(file.getParent(), name, fields));
            } catch (ScenarioException e) {
                scenarios.add(Scenario.mistaken(name, Objects.toString(text(fields.get("name")), "(no name)"),
                        e.getMessage()));
            }
        }
        return scenarios;
    }

    private static Scenario scenario(Path folder, String file, Map<String, Object> s) {
        String name = text(s.get("name"));
        String where = file + ": \"" + (name == null ? "(no name)" : name) + "\"";
        if (name == null) {
            throw new ScenarioException(where + ": every scenario needs a \"name:\"");
        }
        unknownKeys(s, SCENARIO_KEYS, where);
        LocalDate asOf = date(s.get("as-of"), where, "as-of");
        if (asOf == null) {
            throw new ScenarioException(where + ": \"as-of:\" (the day the check is made) is missing");
        }
        Optional<List<Period>> periods = Optional.ofNullable(text(s.get("periods"))).map(p -> periods(p, where));
        List<Scenario.Report> reports = new ArrayList<>();
        for (Object r : list(s.get("reports"), where, "reports")) {
            reports.add(report(folder, map(r, where), where));
        }
        List<Expected> expected = new ArrayList<>();
        if (!NONE.equals(text(s.get("expect")))) {
            for (Object e : list(s.get("expect"), where, "expect")) {
                Map<String, Object> fields = map(e, where);
                int count = count(fields.remove(COUNT), where);
                for (int i = 0; i < count; i++) {
                    expected.add(expected(fields, where));
                }
            }
        }
        if (s.get("expect") == null) {
            throw new ScenarioException(where + ": \"expect:\" is missing (write \"expect: none\" for no finding)");
        }
        List<String> covers = list(s.get("covers"), where, "covers").stream().map(ScenarioFiles::text).toList();
        return new Scenario(file, name, asOf, Boolean.TRUE.equals(s.get("all-units")), periods, reports,
                expected, covers, null);
    }

    private static Scenario.Report report(Path folder, Map<String, Object> r, String where) {
        unknownKeys(r, REPORT_KEYS, where);
        String workbook = text(r.get("workbook"));
        if (workbook != null) {
            Path path = folder.resolve(workbook);
            if (!Files.isRegularFile(path)) {
                throw new ScenarioException(where + ": workbook " + workbook + " not found next to the scenario file");
            }
            return new Scenario.Report(null, null, null, workbook, Map.of(), Map.of(), List.of(), Optional.of(path));
        }
        String unit = text(r.get("unit"));
        String periodText = text(r.get("period"));
        if (unit == null || periodText == null) {
            throw new ScenarioException(where + ": a report needs \"unit:\" and \"period:\" (or \"workbook:\")");
        }
        Period period = Period.parse(periodText).orElseThrow(() ->
                new ScenarioException(where + ": \"" + periodText + "\" is not a period such as 2015-H2"));
        String fileName = Optional.ofNullable(text(r.get("file"))).orElse(unit + "-" + period + ".xlsx");
        List<Scenario.Problem> problems = new ArrayList<>();
        for (Object p : list(r.get("problems"), where, "problems")) {
            problems.add(problem(map(p, where), where));
        }
        return new Scenario.Report(unit, period, date(r.get("submitted"), where, "submitted"), fileName,
                texts(r.get("values"), where, "values"), texts(r.get("deliverables"), where, "deliverables"),
                problems, Optional.empty());
    }

    private static Scenario.Problem problem(Map<String, Object> p, String where) {
        String name = text(p.get("problem"));
        vn.hungyen.xhht.intake.Problem problem = Stream.of(vn.hungyen.xhht.intake.Problem.values())
                .filter(v -> v.name().equals(name)).findFirst().orElseThrow(() -> new ScenarioException(
                        where + ": problem \"" + name + "\" is not one of "
                                + List.of(vn.hungyen.xhht.intake.Problem.values())));
        List<String> args = p.get("text") == null ? List.of() : List.of(text(p.get("text")));
        // "row: RURAL_CLC 2015": the problem left out a row that is there, with that code (and year)
        String[] row = p.get("row") == null ? new String[0] : text(p.get("row")).trim().split("\\s+");
        Integer rowYear = null;
        if (row.length > 1) {
            try {
                rowYear = Integer.valueOf(row[1]);
            } catch (NumberFormatException e) {
                throw new ScenarioException(where + ": row \"" + text(p.get("row")) + "\" is not \"CODE\" or \"CODE YEAR\"");
            }
        }
        return new Scenario.Problem(text(p.get("cell")), problem, args, row.length == 0 ? null : row[0], rowYear);
    }

    private static Expected expected(Map<String, Object> e, String where) {
        unknownKeys(e, Set.copyOf(Expected.FIELDS), where);
        Map<String, String> fields = new LinkedHashMap<>();
        e.forEach((k, v) -> fields.put(k, text(v)));
        return new Expected(fields);
    }

    /** {@code count: 29}: the line stands for that many findings alike. */
    private static int count(Object count, String where) {
        if (count == null) {
            return 1;
        }
        try {
            int n = Integer.parseInt(text(count));
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new ScenarioException(where + ": \"count: " + count + "\" is not a number of findings (1 or more)");
    }

    private static List<Period> periods(String text, String where) {
        String[] ends = text.split("\\.\\.", -1);
        Optional<Period> first = Period.parse(ends[0].strip());
        Optional<Period> last = Period.parse(ends[ends.length - 1].strip());
        if (ends.length > 2 || first.isEmpty() || last.isEmpty() || first.get().compareTo(last.get()) > 0) {
            throw new ScenarioException(where + ": \"periods: " + text + "\" is not a span such as 2015-H1..2015-H2");
        }
        return Period.range(first.get(), last.get());
    }

    private static void unknownKeys(Map<String, Object> m, Set<String> known, String where) {
        for (String key : m.keySet()) {
            if (!known.contains(key)) {
                throw new ScenarioException(where + ": unknown key \"" + key + ":\" (known: "
                        + known.stream().sorted().toList() + ")");
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o, String where) {
        if (!(o instanceof Map<?, ?> m)) {
            throw new ScenarioException(where + ": expected \"key: value\" lines, found " + o);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        ((Map<Object, Object>) m).forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    private static List<?> list(Object o, String where, String key) {
        if (o == null) {
            return List.of();
        }
        if (o instanceof Collection<?> c) {
            return List.copyOf(c);
        }
        throw new ScenarioException(where + ": \"" + key + ":\" must be a list (lines beginning with \"- \")");
    }

    private static Map<String, String> texts(Object o, String where, String key) {
        if (o == null) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        map(o, where + ", " + key).forEach((k, v) -> out.put(k.strip(), text(v)));
        return out;
    }

    private static LocalDate date(Object o, String where, String key) {
        if (o instanceof Date d) { // YAML reads 2016-01-10 as a timestamp at midnight UTC
            return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        String text = text(o);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new ScenarioException(where + ": \"" + key + ": " + text + "\" is not a date such as 2016-01-10");
        }
    }

    static String text(Object o) {
        if (o instanceof Date d) {
            return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString();
        }
        if (o == null) {
            return null;
        }
        String text = o.toString().strip();
        return text.toLowerCase(Locale.ROOT).equals(NONE) ? NONE : text;
    }
}
