package vn.hungyen.xhht.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.hungyen.xhht.engine.CheckOptions;
import vn.hungyen.xhht.engine.CheckResult;
import vn.hungyen.xhht.engine.Checker;
import vn.hungyen.xhht.engine.Duty;
import vn.hungyen.xhht.engine.Finding;
import vn.hungyen.xhht.engine.PlanObligations;
import vn.hungyen.xhht.intake.Intake;
import vn.hungyen.xhht.intake.IntakeProblem;
import vn.hungyen.xhht.intake.Problem;
import vn.hungyen.xhht.intake.Source;
import vn.hungyen.xhht.intake.WorkbookReader;
import vn.hungyen.xhht.plan.FindingKind;
import vn.hungyen.xhht.plan.Period;

/**
 * A template asks for exactly what the checker wants: its rows are the rules' obligations, a template filled
 * in to the plan checks clean, and a blank one is readable but for the cells the sender owes.
 */
class TemplateRoundTripTest {

    private static final PlanObligations OBLIGATIONS = Templates.PACK.obligations();

    @TempDir
    Path dir;

    /**
     * A district and departments at the milestone years (SO_GDDT has all three kinds of target), a yearly
     * "rises" target (LDLD), the steering committee's first period (no values owed), first halves.
     */
    static Stream<String[]> reports() {
        return Stream.of(
                new String[] {"H_VANLAM", "2015-H2"},
                new String[] {"SO_NV", "2020-H2"},
                new String[] {"BCD_TINH", "2013-H2"},
                new String[] {"H_VANLAM", "2015-H1"},
                new String[] {"HOI_NCT", "2014-H1"},
                new String[] {"SO_GDDT", "2015-H2"},
                new String[] {"LDLD", "2017-H2"});
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("reports")
    void rowsAreExactlyWhatTheRulesSayIsOwed(String unit, String periodCode) throws IOException {
        Period period = Period.of(periodCode);
        try (XSSFWorkbook workbook = Templates.open(Templates.blank(unit, periodCode))) {
            assertThat(column(workbook.getSheet(Contract.INDICATORS), 0, 1)).containsExactlyElementsOf(
                    OBLIGATIONS.indicatorsOwed(unit, period).stream().map(t -> t.indicator() + " " + t.year())
                            .distinct().toList());
            assertThat(column(workbook.getSheet(Contract.DELIVERABLES), 0)).containsExactlyElementsOf(
                    OBLIGATIONS.deliverablesOwed(unit, period).stream().map(Duty::deliverable).distinct().toList());
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("reports")
    void aTemplateFilledInToThePlanHasNoFindings(String unit, String periodCode) {
        Period period = Period.of(periodCode);
        Path file = new Filler(OBLIGATIONS).fill(Templates.blank(unit, periodCode), unit, period,
                dir.resolve(ReportTemplate.fileName(unit, period)));

        Intake intake = read(file);
        CheckResult result = new Checker(Templates.PACK).check(List.of(intake),
                CheckOptions.asOf(Filler.onTime(period)));

        assertThat(intake.problems()).isEmpty();
        assertThat(intake.report()).hasValueSatisfying(report -> {
            assertThat(report.unit()).isEqualTo(unit);
            assertThat(report.period()).isEqualTo(period);
            assertThat(report.values()).hasSize(
                    (int) OBLIGATIONS.indicatorsOwed(unit, period).stream().map(t -> t.indicator() + t.year())
                            .distinct().count());
            assertThat(report.deliverables()).hasSize(
                    (int) OBLIGATIONS.deliverablesOwed(unit, period).stream().map(Duty::deliverable)
                            .distinct().count());
        });
        assertThat(result.findings()).extracting(Finding::kind, Finding::ruleId, Finding::source).isEmpty();
    }

    /**
     * Everything the template filled in reads without a problem. What remains is exactly what the sender
     * owes: the sending date (so the file is not yet a report), a value on every indicator row and a status
     * on every deliverable row, each reported where it is to be typed.
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("reports")
    void aBlankTemplateLacksOnlyWhatTheSenderFillsIn(String unit, String periodCode) throws IOException {
        Period period = Period.of(periodCode);
        String name = ReportTemplate.fileName(unit, period);
        Path file = Files.write(dir.resolve(name), Templates.blank(unit, periodCode));

        Intake intake = read(file);

        List<IntakeProblem> expected = new ArrayList<>();
        expected.add(required(name, Contract.INFO, "B4", Contract.SUBMITTED_ON));
        int values = OBLIGATIONS.indicatorsOwed(unit, period).size();
        for (int row = 2; row < values + 2; row++) {
            expected.add(required(name, Contract.INDICATORS, "E" + row, Contract.VALUE));
        }
        int statuses = (int) OBLIGATIONS.deliverablesOwed(unit, period).stream().map(Duty::deliverable)
                .distinct().count();
        for (int row = 2; row < statuses + 2; row++) {
            expected.add(required(name, Contract.DELIVERABLES, "B" + row, Contract.STATUS));
        }
        assertThat(intake.report()).isEmpty();
        // each blank cell of a row that is there (the row's code and year left aside here)
        assertThat(intake.problems()).extracting(p -> new IntakeProblem(p.source(), p.problem(), p.args()))
                .containsExactlyElementsOf(expected);
        assertThat(new Checker(Templates.PACK).check(List.of(intake), CheckOptions.asOf(period.end())).findings())
                .hasSize(expected.size())
                .allSatisfy(f -> assertThat(f.kind()).isEqualTo(FindingKind.DATA_ERROR));
    }

    private static IntakeProblem required(String file, String sheet, String cell, String field) {
        return IntakeProblem.of(new Source(file, sheet, cell), Problem.REQUIRED_EMPTY, field);
    }

    private static Intake read(Path file) {
        return new WorkbookReader(Templates.PACK.codes()).read(file, file.getFileName().toString());
    }

    /** The data rows' cells of the given columns, joined by a space. */
    private static List<String> column(Sheet sheet, int... columns) {
        List<String> values = new ArrayList<>();
        for (Row row : Filler.dataRows(sheet)) {
            List<String> cells = new ArrayList<>();
            for (int c : columns) {
                var cell = row.getCell(c);
                cells.add(switch (cell.getCellType()) {
                    case NUMERIC -> String.valueOf((long) cell.getNumericCellValue());
                    default -> cell.getStringCellValue();
                });
            }
            values.add(String.join(" ", cells));
        }
        return values;
    }
}
