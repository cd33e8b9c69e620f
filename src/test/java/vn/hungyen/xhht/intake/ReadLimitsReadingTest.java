package vn.hungyen.xhht.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hungyen.xhht.intake.Reading.problems;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hungyen.xhht.testing.WorkbookBuilder;

/**
 * The reader's limits (ReadLimits.REPORT): a report is a few dozen rows of short texts, so that a sheet of more
 * rows, a cell of more text or a flood of problems is answered with the limit and where it was passed.
 */
class ReadLimitsReadingTest {

    private static final int ROWS = ReadLimits.REPORT.rowsPerSheet();
    private static final int TEXT = ReadLimits.REPORT.textChars();

    @TempDir
    Path dir;

    @Test
    void aSheetOfTheMostRowsIsReadAndOneMoreRefusesTheFile() {
        Intake most = Reading.read(dir, rows(ROWS));
        assertThat(Reading.report(most).unit()).isEqualTo("H_VANLAM");
        assertThat(problems(most)).noneMatch(p -> p.contains("TOO_MANY_ROWS"));

        Intake intake = Reading.read(dir, rows(ROWS + 1));

        assertThat(intake.report()).isEmpty();
        assertThat(problems(intake)).containsExactly("f.xlsx!Chỉ tiêu!A" + (ROWS + 2) + " TOO_MANY_ROWS [" + ROWS + "]");
    }

    @Test
    void aCellOfTheLongestTextIsReadAndOneCharacterMoreRefusesTheFileAtThatCell() {
        String longest = "ghi chú ".repeat(TEXT).substring(0, TEXT - 1) + ".";
        WorkbookBuilder fits = Reading.report().indicator("OFF_IT", 2015, null, null, 90.0, longest);
        assertThat(Reading.report(Reading.read(dir, fits)).values().get(0).note()).isEqualTo(longest);

        WorkbookBuilder over = Reading.report().indicator("OFF_IT", 2015, null, null, 90.0, longest + "x");
        Intake intake = Reading.read(dir, over);

        assertThat(intake.report()).isEmpty();
        assertThat(problems(intake)).containsExactly("f.xlsx!Chỉ tiêu!F2 TEXT_TOO_LONG [" + TEXT + "]");
    }

    @Test
    void beyondTheProblemsListedTheRestAreCountedInOne() {
        WorkbookBuilder workbook = Reading.report();
        int unknown = ReadLimits.REPORT.problems() + 50;
        for (int i = 0; i < unknown; i++) {
            workbook.indicator("KHONG_CO_" + i, 2015, 50);
        }

        Intake intake = Reading.read(dir, workbook);

        assertThat(intake.problems()).hasSize(ReadLimits.REPORT.problems() + 1);
        assertThat(problems(intake).get(ReadLimits.REPORT.problems()))
                .isEqualTo("f.xlsx TOO_MANY_PROBLEMS [" + ReadLimits.REPORT.problems() + ", 50]");
        assertThat(Reading.report(intake).unit()).isEqualTo("H_VANLAM");
    }

    private static WorkbookBuilder rows(int rows) {
        WorkbookBuilder workbook = Reading.report();
        for (int i = 0; i < rows; i++) {
            workbook.indicator("CT_" + i, 2015, 50);
        }
        return workbook;
    }
}
