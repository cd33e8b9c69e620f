package vn.hungyen.xhht.intake;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import vn.hungyen.xhht.testing.WorkbookBuilder;

/** Writes a built workbook as "f.xlsx" and reads it back, and shows problems as one-line strings. */
final class Reading {

    static final String FILE = "f.xlsx";
    static final LocalDate SUBMITTED = LocalDate.of(2016, 1, 10);

    private Reading() {
    }

    /** A valid info sheet for H_VANLAM 2015-H2 (rows 1–3), nothing else. */
    static WorkbookBuilder report() {
        return WorkbookBuilder.report("H_VANLAM", "2015-H2", SUBMITTED);
    }

    /** SO_GDDT 2015-H2 submitted on {@code value}, whatever kind of cell it is. */
    static WorkbookBuilder submittedOn(Object value) {
        return WorkbookBuilder.workbook().unit("SO_GDDT").period("2015-H2").submittedOn(value);
    }

    static Intake read(Path dir, WorkbookBuilder workbook) {
        return read(workbook.write(dir.resolve(FILE)));
    }

    static Intake read(Path file) {
        return new WorkbookReader(new StubCodes()).read(file, FILE);
    }

    /** "f.xlsx!Chỉ tiêu!E3 OUT_OF_RANGE [100.5, 0–100]". */
    static List<String> problems(Intake intake) {
        return intake.problems().stream().map(p -> p.source() + " " + p.problem() + " " + p.args()).toList();
    }

    static ReportData report(Intake intake) {
        return intake.report().orElseThrow(() -> new AssertionError("no report; problems: " + problems(intake)));
    }
}
