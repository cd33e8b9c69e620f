package vn.hungyen.xhht.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import vn.hungyen.xhht.plan.Unit;

/**
 * Nothing of the plan without a rule, and no rule without a test: every code of the catalog is used by a
 * rule, and every rule has a case in rule-cases/ or a test of its own.
 */
class RuleCoverageTest {

    private static final Path CATALOG = Path.of("docs/spec/plan-catalog.md");
    private static final Path SHARED_CATALOG = Path.of("../shared/spec/plan-catalog.md");
    private static final Pattern CODE_ROW = Pattern.compile("^\\| ([A-Z][A-Z0-9_]+) \\|");

    /** The rules that are not one target or duty, each tested in the class named. */
    private static final Set<String> TESTED_ON_THEIR_OWN = Set.of(
            "PLAN.YEARS", // every "every year" case of TargetRulesTest and DutyRulesTest
            "CHECK.THRESHOLD_MISSED", "CHECK.NOT_RISEN", "CHECK.VALUE_MISSING", // TargetRulesTest
            "CALENDAR.REPORTS_DUE", // ReportingRegimeTest
            "CALENDAR.YEAR_END_VALUE", "CALENDAR.JUDGED_AFTER_DUE_DAY", "CALENDAR.JUDGED_BY_NEXT_REPORT",
            "CALENDAR.JUDGED_AFTER_LAST_REPORT", "CHECK.NOT_STARTED_IN_A_YEAR", "DATA_ERROR.DATED_BEFORE_PERIOD",
            "DATA_ERROR.DATED_AFTER_CHECK", "DATA_ERROR.COMPLETED_AFTER_SENT", // CalendarRulesTest
            "CHECK.ROW_MISSING", "CHECK.OVERDUE", "CHECK.OVERDUE_UNREPORTED", "CHECK.COMPLETED_LATE",
            "CHECK.NO_EVIDENCE", // DutyRulesTest
            "REPORT.MISSING.H1", "REPORT.MISSING.H2", "REPORT.LATE.H1", "REPORT.LATE.H2", // ReportingRegimeTest
            "DATA_ERROR.REPORT", "DATA_ERROR.CELL", "SEVERITY.AS_GIVEN", "SEVERITY.MASS_ORGANISATION"); // CrossReportTest

    @Test
    void everyIndicatorOfTheCatalogHasATargetRule() throws IOException {
        assertThat(RuleHarness.PACK.obligations().indicators()).containsAll(catalogCodes("## 2."));
        assertThat(drlText("targets")).contains(quoted(catalogCodes("## 2.")));
    }

    @Test
    void everyDeliverableOfTheCatalogHasADutyRule() throws IOException {
        assertThat(RuleHarness.PACK.obligations().deliverables()).containsAll(catalogCodes("## 3."));
        assertThat(drlText("deliverables")).contains(quoted(catalogCodes("## 3.")));
    }

    @Test
    void everyUnitOfTheCatalogIsRegisteredAndOwesSomething() throws IOException {
        Set<String> registered = RuleHarness.PACK.units().all().stream().map(Unit::code).collect(Collectors.toSet());
        Set<String> owing = RuleHarness.PACK.obligations().duties().stream().map(Duty::unit)
                .collect(Collectors.toSet());
        assertThat(registered).containsAll(catalogCodes("## 1."));
        assertThat(owing).containsAll(catalogCodes("## 1."));
    }

    @Test
    void theRulePackUsesNoCodeOutsideTheCatalog() throws IOException {
        assertThat(catalogCodes("## 2.")).containsAll(RuleHarness.PACK.obligations().indicators());
        assertThat(catalogCodes("## 3.")).containsAll(RuleHarness.PACK.obligations().deliverables());
    }

    @Test
    void everyRuleHasATest() throws IOException {
        Set<String> cased = new TreeSet<>();
        cased.addAll(firstColumn("src/test/resources/rule-cases/targets.csv"));
        cased.addAll(firstColumn("src/test/resources/rule-cases/duties.csv"));
        cased.addAll(TESTED_ON_THEIR_OWN);
        Set<String> rules = new TreeSet<>();
        for (KiePackage pkg : RuleHarness.PACK.kieBase().getKiePackages()) {
            pkg.getRules().stream().map(Rule::getName).forEach(rules::add);
        }
        assertThat(cased).as("rules without a case in src/test/resources/rule-cases").containsAll(rules);
        assertThat(rules).as("cases naming no rule").containsAll(cased);
    }

    @Test
    void everyRuleFilesPackageMatchesItsFolder() throws IOException {
        try (Stream<Path> files = Files.walk(RuleHarness.PACK.dir())) {
            for (Path drl : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                String folder = RuleHarness.PACK.dir().relativize(drl.getParent()).toString().replace('/', '.');
                assertThat(Files.readString(drl)).as(drl.toString()).startsWith("package " + folder + ";");
            }
        }
    }

    @Test
    void theCatalogCopyIsTheSharedOne() throws IOException {
        assumeTrue(Files.exists(SHARED_CATALOG), "no shared/ beside the project");
        assertThat(Files.readString(CATALOG)).isEqualTo(Files.readString(SHARED_CATALOG));
    }

    /** The codes in the first column of the tables of a section of the catalog. */
    private static Set<String> catalogCodes(String section) throws IOException {
        Set<String> codes = new LinkedHashSet<>();
        boolean inSection = false;
        for (String line : Files.readAllLines(CATALOG)) {
            if (line.startsWith("## ")) {
                inSection = line.startsWith(section);
            }
            Matcher m = CODE_ROW.matcher(line);
            if (inSection && m.find()) {
                codes.add(m.group(1));
            }
        }
        assertThat(codes).as("codes of catalog section " + section).isNotEmpty();
        return codes;
    }

    private static String[] quoted(Set<String> codes) {
        return codes.stream().map(c -> "\"" + c + "\"").toArray(String[]::new);
    }

    private static String drlText(String folder) throws IOException {
        try (Stream<Path> files = Files.walk(RuleHarness.PACK.dir().resolve(folder))) {
            StringBuilder text = new StringBuilder();
            for (Path p : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
                text.append(Files.readString(p));
            }
            return text.toString();
        }
    }

    private static List<String> firstColumn(String csv) throws IOException {
        return Files.readAllLines(Path.of(csv)).stream()
                .filter(l -> !l.startsWith("#") && !l.startsWith("rule,") && !l.isBlank())
                .map(l -> l.substring(0, l.indexOf(','))).distinct().toList();
    }
}
