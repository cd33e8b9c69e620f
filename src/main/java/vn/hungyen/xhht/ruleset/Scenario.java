package vn.hungyen.xhht.ruleset;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.hungyen.xhht.plan.Period;

/**
 * One scenario of a scenario file: reports (facts) as of a day, and the findings expected of them, all of
 * them (a finding the rules give that is not expected makes the scenario fail).
 *
 * @param file   the scenario file, relative to the rule folder (e.g. {@code scenarios/targets/training.yaml})
 * @param covers  rules the scenario tests although no finding names them (the checks, the severity rules)
 * @param mistake why the scenario as written cannot be run; null when it can
 */
record Scenario(String file, String name, LocalDate asOf, boolean allUnits, Optional<List<Period>> periods,
                List<Report> reports, List<Expected> expected, List<String> covers, String mistake) {

    /** A scenario written wrong: the others of its file still run. */
    static Scenario mistaken(String file, String name, String mistake) {
        return new Scenario(file, name, null, false, Optional.empty(), List.of(), List.of(), List.of(), mistake);
    }

    /**
     * A report of the scenario. Written as facts, it starts as a report that breaks no rule (every value the
     * unit owes at its target, every row it owes done on its due day with a document), then takes the values
     * and rows the scenario gives: a value or a status, or {@code none} to leave it out. Or a workbook file,
     * read as an upload would be.
     */
    record Report(String unit, Period period, LocalDate submitted, String file, Map<String, String> values,
                  Map<String, String> deliverables, List<Problem> problems, Optional<Path> workbook) {
    }

    /**
     * A cell that could not be read: {@code Chỉ tiêu!E9}, a problem name and its arguments, and the code (and
     * year) of the row it left out, when the row is there.
     */
    record Problem(String cell, vn.hungyen.xhht.intake.Problem problem, List<String> args, String rowCode,
                   Integer rowYear) {
    }

    /** Where a failure is reported: {@code scenarios/targets/training.yaml: "Rural workers below 60%"}. */
    String title() {
        return file + ": \"" + name + "\"";
    }
}
