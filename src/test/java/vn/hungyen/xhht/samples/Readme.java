package vn.hungyen.xhht.samples;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.hungyen.xhht.plan.FindingKind;

/**
 * sample-reports/README.md, written from the same tables that plant the breaches and pick the styles, so
 * that what it says cannot drift from what the folder holds.
 */
final class Readme {

    private static final String INTRO = """
            # Sample reports: Kế hoạch 74/KH-UBND (Hưng Yên, 2013–2020)

            Realistic half-year report workbooks of every unit of the register (`rules/units.csv`) for every
            period from 2013-H2 to 2020-H2, one folder per period, one file per report, named like
            `2015-H2/h-vanlam-2015-H2.xlsx` (unit code in lower case, `_` written `-`, then the period).
            They follow the workbook contract (`report-template.md`) and are checked as of **31/01/2021**,
            when every deadline of the plan had passed.

            **Generated, not hand-made.** `vn.hungyen.xhht.samples.SampleReportsGenerator` (test scope)
            writes them. What each report owes is not listed anywhere in the generator: it asks the rule pack
            (`RulePack.load(Path.of("rules")).obligations()`, `indicatorsOwed` / `deliverablesOwed`), so the
            samples follow the rules when the rules change. Randomness comes from one fixed seed, mixed with
            what is being decided, and the files carry fixed dates, so regenerating gives the same files.
            Edit the generator (its tables `PlantedBreach.ALL` and `Variant.ALL`), not the workbooks.

            ## Regenerate

            ```
            mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.cleanupDaemonThreads=false \\
                -Dexec.mainClass=vn.hungyen.xhht.samples.SampleReportsGenerator
            ```

            (run from the project folder; `-Dexec.args=OTHER_FOLDER` writes elsewhere). It replaces every
            `.xlsx` and this README, and keeps `expected-findings.json`.

            ## Check

            ```
            mvn -q -DskipTests package
            java -jar target/xhht-checker.jar check --as-of 2021-01-31 sample-reports/
            java -jar target/xhht-checker.jar check --as-of 2021-01-31 --format json sample-reports/
            ```

            `expected-findings.json` is the JSON output of the second command. `SampleReportsGoldenTest`
            checks the folder in-process and fails on any finding or report changed, added or removed
            (only `rulesVersion` is ignored), showing the first differences. When a change of rules or
            messages is meant, rewrite the golden file and review its diff:

            ```
            mvn -q test -Dtest=SampleReportsGoldenTest -Dgolden.update=true
            ```

            The same test class also asserts, independently of the golden file, that every planted breach
            below is found (kind, rule id, severity, unit, source cell), that nothing else is found (the
            clean reports really are clean), and that the workbooks here are what the generator writes now.

            ## What a clean report looks like

            - Submitted on a working day in the fortnight before 15/6 or 15/12; "Tên đơn vị" from the register,
              "Người lập" a Vietnamese name (the same person for about three years; also the file's author).
            - Every owed deliverable has a row. Dated ones are "Hoàn thành" by their due day, before the report
              that first owes them, with a document number such as `45/KH-UBND` or `112/QĐ-SGDĐT` (the kind of
              document from the deliverable's name, the issuer from the unit's) and the same row repeated in
              every later report. Standing duties are "Đang thực hiện"; about a third become "Hoàn thành" at
              some point. Yearly ones are done in their year: PL10 inspections in the autumn (H1 reports say
              it is planned), the Lifelong Learning Week in the first days of October, annual programmes and
              budget estimates at the start of the year.
            - Every owed value (H2 reports) meets its target with a margin that fits its level (99.85 against
              99.80, 66.4 against 60), capped at 100; 100 % targets get 100. Values never fall back from one
              milestone to the next (literacy stays near 99.9 in 2020 although the plan's 2020 figure is 98.85),
              "rises every year" values rise every year, and LIT_GENDER_GAP stays between about 0.2 and 0.4.
            - Some units also report values for years without a target (style INTERIM_VALUES below): they lie
              on the way to the next milestone, often still below it (e.g. literacy rates of 2013 and 2014), and are not
              breaches (catalog reading 7).
            """;

    private Readme() {
    }

    static String text(List<Output> outputs) {
        return INTRO + "\n" + contents(outputs) + "\n" + planted() + "\n" + variants();
    }

    private static String contents(List<Output> outputs) {
        long workbooks = outputs.stream().filter(Output.Workbook.class::isInstance).count();
        Map<String, Long> perPeriod = outputs.stream()
                .collect(Collectors.groupingBy(o -> o.path().substring(0, o.path().indexOf('/')), TreeMap::new,
                        Collectors.counting()));
        StringBuilder s = new StringBuilder("## Contents\n\n");
        long others = outputs.size() - workbooks;
        s.append(workbooks).append(" report workbooks and ").append(others)
                .append(others == 1 ? " file that only looks like one" : " files that only look like one")
                .append(", in ").append(perPeriod.size()).append(" folders (files per folder): ");
        s.append(perPeriod.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
                .collect(Collectors.joining(", "))).append(".\n");
        return s.toString();
    }

    private static String planted() {
        StringBuilder s = new StringBuilder("## Planted breaches\n\n");
        s.append("Each row is one finding the check must give. Cells are those the finding names as its source.\n\n");
        s.append("| # | file and cell | kind | rule id | severity | planted |\n|---|---|---|---|---|---|\n");
        int n = 0;
        for (PlantedBreach p : PlantedBreach.ALL) {
            int first = n + 1;
            for (Expected e : p.expected()) {
                String what = ++n == first ? escape(p.what()) : "follows from #" + first;
                s.append("| ").append(n).append(" | ").append(where(p, e)).append(" | ").append(e.kind())
                        .append(" | `").append(e.ruleId()).append("` | ").append(e.severity()).append(" | ")
                        .append(what).append(" |\n");
            }
        }
        s.append("\nBy kind: ").append(byKind()).append(".\n\n");
        s.append("Planted, and must give **no** finding:\n\n");
        PlantedBreach.ALL.stream().filter(p -> !p.absent().isEmpty()).forEach(p -> p.absent().forEach(e ->
                s.append("- ").append(where(p, e)).append(": no ").append(e.kind()).append(" `").append(e.ruleId())
                        .append("`. ").append(escape(p.what())).append(".\n")));
        return s.toString();
    }

    private static String where(PlantedBreach p, Expected e) {
        return e.source() == null ? "`" + p.file() + "` (not there)" : "`" + e.source() + "`";
    }

    private static String byKind() {
        Map<FindingKind, Long> counts = PlantedBreach.allExpected().stream()
                .collect(Collectors.groupingBy(Expected::kind, TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", ")) + "; " + PlantedBreach.allExpected().size() + " in all";
    }

    private static String variants() {
        StringBuilder s = new StringBuilder("## Format variants\n\n");
        s.append("The contract accepts more than the plain Vietnamese template; these files use it.\n\n");
        s.append("| style | units | periods |\n|---|---|---|\n");
        for (Variant v : Variant.ALL) {
            String periods = v.from().equals(v.to()) ? v.from().code() : v.from() + " … " + v.to();
            s.append("| ").append(escape(v.style().description)).append(" | ")
                    .append(v.units().stream().sorted().collect(Collectors.joining(", "))).append(" | ")
                    .append(periods).append(" |\n");
        }
        return s.toString();
    }

    private static String escape(String text) {
        return text.replace("|", "\\|");
    }
}
