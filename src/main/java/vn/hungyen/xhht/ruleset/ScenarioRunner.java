package vn.hungyen.xhht.ruleset;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.hungyen.xhht.engine.CheckOptions;
import vn.hungyen.xhht.engine.Checker;
import vn.hungyen.xhht.engine.Duty;
import vn.hungyen.xhht.engine.Finding;
import vn.hungyen.xhht.engine.RulePack;
import vn.hungyen.xhht.engine.Target;
import vn.hungyen.xhht.engine.TargetKind;
import vn.hungyen.xhht.intake.DeliverableEntry;
import vn.hungyen.xhht.intake.Intake;
import vn.hungyen.xhht.intake.IntakeProblem;
import vn.hungyen.xhht.intake.ReportData;
import vn.hungyen.xhht.intake.Source;
import vn.hungyen.xhht.intake.ValueRow;
import vn.hungyen.xhht.intake.WorkbookReader;
import vn.hungyen.xhht.plan.Period;
import vn.hungyen.xhht.plan.Status;

/**
 * Runs scenarios against a rule pack: builds each scenario's reports, checks them as the {@code check}
 * command does, and compares the findings with those expected, all of them. Stores nothing.
 */
public final class ScenarioRunner {

    private static final Pattern VALUE_KEY = Pattern.compile("([A-Z][A-Z0-9_]*)(?:\\s+(\\d{4}))?");
    private static final Pattern DONE = Pattern.compile("done\\s+(\\d{4}-\\d{2}-\\d{2})(\\s+no document)?",
            Pattern.CASE_INSENSITIVE);
    private static final String VALUES = "Chỉ tiêu";
    private static final String ROWS = "Nhiệm vụ";
    private static final String DOCUMENT = "01/KB-XHHT";
    /** A rising indicator's value in a report that breaks no rule: higher every year. */
    private static final int RISING_BASE = 1990;

    private final RulePack pack;
    private final WorkbookReader reader;

    public ScenarioRunner(RulePack pack) {
        this.pack = pack;
        this.reader = new WorkbookReader(pack.codes());
    }

    /** Every scenario of the pack's own folder ({@code scenarios/} of the folder it was compiled from). */
    public List<ScenarioResult> runAll() {
        return runAll(pack.dir());
    }

    /** Every scenario under {@code rulesDir/scenarios}; a file that cannot be read is one failed result. */
    public List<ScenarioResult> runAll(Path rulesDir) {
        List<ScenarioResult> results = new ArrayList<>();
        for (Path file : ScenarioFiles.list(rulesDir)) {
            String name = rulesDir.relativize(file).toString().replace('\\', '/');
            List<Scenario> scenarios;
            try {
                scenarios = ScenarioFiles.read(file, name);
            } catch (ScenarioException e) {
                results.add(new ScenarioResult(name, "", List.of(), List.of(), e.getMessage()));
                continue;
            }
            scenarios.forEach(s -> results.add(run(s)));
        }
        return results;
    }

    ScenarioResult run(Scenario scenario) {
        if (scenario.mistake() != null) {
            return new ScenarioResult(scenario.file(), scenario.name(), List.of(), List.of(), scenario.mistake());
        }
        List<Finding> findings;
        try {
            List<Intake> intakes = scenario.reports().stream().map(this::intake).toList();
            findings = new Checker(pack).check(intakes,
                    new CheckOptions(scenario.asOf(), scenario.allUnits(), scenario.periods())).findings();
        } catch (ScenarioException e) {
            return new ScenarioResult(scenario.file(), scenario.name(), List.of(), List.of(), e.getMessage());
        }
        List<Expected> unmatched = new ArrayList<>(findings.stream().map(Expected::of).toList());
        List<String> missing = new ArrayList<>();
        for (Expected expected : scenario.expected()) {
            Optional<Expected> match = unmatched.stream().filter(expected::matches).findFirst();
            match.ifPresentOrElse(unmatched::remove, () -> missing.add(expected.toString()));
        }
        return new ScenarioResult(scenario.file(), scenario.name(), missing,
                unmatched.stream().map(Expected::toString).toList(), null);
    }

    private Intake intake(Scenario.Report r) {
        if (r.workbook().isPresent()) {
            return reader.read(r.workbook().get(), r.file());
        }
        String where = r.unit() + " " + r.period();
        if (pack.units().find(r.unit()).isEmpty()) {
            throw new ScenarioException(where + ": no unit " + r.unit() + " in the register");
        }
        LocalDate submitted = r.submitted() != null ? r.submitted()
                : r.period().half() == 1 ? r.period().day(6, 15) : r.period().day(12, 15);
        List<ValueRow> values = values(r, where);
        List<DeliverableEntry> rows = rows(r, submitted, where);
        List<IntakeProblem> problems = r.problems().stream().map(p -> problem(r.file(), p)).toList();
        ReportData data = new ReportData(r.file(), r.unit(), null, r.period(), submitted, null,
                new Source(r.file(), "Thông tin", "B4"), values, rows);
        return new Intake(r.file(), Optional.of(data), problems);
    }

    /** The values the unit owes, each at its target, with the scenario's own in their place. */
    private List<ValueRow> values(Scenario.Report r, String where) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (Target t : pack.obligations().indicatorsOwed(r.unit(), r.period())) {
            values.merge(t.indicator() + " " + t.year(), passing(t), (a, b) -> strictest(t.kind(), a, b));
        }
        r.values().forEach((key, value) -> {
            String row = valueKey(key, r.period(), where);
            if ("none".equals(value)) {
                values.remove(row);
            } else {
                values.put(row, number(value, where + ", value of " + key));
            }
        });
        List<ValueRow> rows = new ArrayList<>();
        values.forEach((row, percent) -> {
            String[] codeYear = row.split(" ");
            rows.add(new ValueRow(codeYear[0], Integer.parseInt(codeYear[1]), null, null, percent, null,
                    new Source(r.file(), VALUES, "E" + (rows.size() + 2))));
        });
        return rows;
    }

    private static double passing(Target t) {
        return switch (t.kind()) {
            case RISES -> t.year() - RISING_BASE;
            case AT_LEAST, AT_MOST -> t.threshold();
            // the least above the threshold a percentage with two decimals can be
            case ABOVE -> t.threshold() + 0.01;
            case WITHIN -> 0;
        };
    }

    private static double strictest(TargetKind kind, double a, double b) {
        return kind == TargetKind.AT_MOST || kind == TargetKind.WITHIN ? Math.min(a, b) : Math.max(a, b);
    }

    private static String valueKey(String key, Period period, String where) {
        Matcher m = VALUE_KEY.matcher(key);
        if (!m.matches()) {
            throw new ScenarioException(where + ": \"" + key + "\" is not an indicator code with an optional year, "
                    + "e.g. RURAL_CLC or RURAL_CLC 2015");
        }
        return m.group(1) + " " + (m.group(2) == null ? period.year() : m.group(2));
    }

    private static double number(String text, String where) {
        try {
            return Double.parseDouble(text.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new ScenarioException(where + ": \"" + text + "\" is not a number (or none)");
        }
    }

    /**
     * The rows the unit owes, each done with a document on its due day (or, for a duty due after the report was
     * sent, on the day it was sent), with the scenario's own in their place.
     */
    private List<DeliverableEntry> rows(Scenario.Report r, LocalDate submitted, String where) {
        Map<String, String> statuses = new LinkedHashMap<>();
        pack.obligations().deliverablesOwed(r.unit(), r.period()).stream()
                .sorted(Comparator.comparing(Duty::deliverable))
                .forEach(d -> statuses.putIfAbsent(d.deliverable(),
                        "done " + (d.due() != null && d.due().isBefore(submitted) ? d.due() : submitted)));
        statuses.putAll(r.deliverables());
        List<DeliverableEntry> rows = new ArrayList<>();
        statuses.forEach((code, status) -> {
            if (!"none".equals(status)) {
                rows.add(row(r.file(), rows.size() + 2, code, status, where));
            }
        });
        return rows;
    }

    private static DeliverableEntry row(String file, int line, String code, String status, String where) {
        Source statusCell = new Source(file, ROWS, "C" + line);
        Source dateCell = new Source(file, ROWS, "D" + line);
        Source documentCell = new Source(file, ROWS, "E" + line);
        Matcher done = DONE.matcher(status);
        if (done.matches()) {
            String document = done.group(2) == null ? DOCUMENT : null;
            return new DeliverableEntry(code, Status.DONE, LocalDate.parse(done.group(1)), document, null,
                    statusCell, dateCell, documentCell);
        }
        Status s = switch (status.toLowerCase(Locale.ROOT)) {
            case "in progress" -> Status.IN_PROGRESS;
            case "not started" -> Status.NOT_STARTED;
            default -> throw new ScenarioException(where + ", " + code + ": \"" + status + "\" is not a status: "
                    + "done yyyy-MM-dd, done yyyy-MM-dd no document, in progress, not started or none");
        };
        return new DeliverableEntry(code, s, null, null, null, statusCell, dateCell, documentCell);
    }

    private static IntakeProblem problem(String file, Scenario.Problem p) {
        String[] sheetCell = p.cell() == null ? new String[0] : p.cell().split("!", 2);
        Source source = sheetCell.length == 2 ? new Source(file, sheetCell[0], sheetCell[1])
                : sheetCell.length == 1 ? Source.sheet(file, sheetCell[0]) : Source.file(file);
        return new IntakeProblem(source, p.problem(), p.args(), p.rowCode(), p.rowYear());
    }
}
