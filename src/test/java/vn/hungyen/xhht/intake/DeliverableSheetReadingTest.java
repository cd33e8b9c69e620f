package vn.hungyen.xhht.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hungyen.xhht.intake.Reading.problems;
import static vn.hungyen.xhht.intake.Reading.read;
import static vn.hungyen.xhht.intake.Reading.report;
import static vn.hungyen.xhht.testing.WorkbookBuilder.formula;
import static vn.hungyen.xhht.testing.WorkbookBuilder.numeric;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.hungyen.xhht.plan.Status;
import vn.hungyen.xhht.testing.WorkbookBuilder;

class DeliverableSheetReadingTest {

    private static final LocalDate MARCH_1 = LocalDate.of(2015, 3, 1);

    @TempDir
    Path dir;

    private List<DeliverableEntry> entries(WorkbookBuilder workbook) {
        Intake intake = read(dir, workbook);
        assertThat(problems(intake)).isEmpty();
        return report(intake).deliverables();
    }

    private static Source cell(String sheet, String cell) {
        return new Source("f.xlsx", sheet, cell);
    }

    @Test
    void readsADeliverableRow() {
        List<DeliverableEntry> entries = entries(Reading.report()
                .deliverable("PL01", "Hoàn thành", MARCH_1, "45/KH-UBND", "đã ban hành"));

        assertThat(entries).containsExactly(new DeliverableEntry("PL01", Status.DONE, MARCH_1, "45/KH-UBND",
                "đã ban hành", cell("Nhiệm vụ", "B2"), cell("Nhiệm vụ", "C2"), cell("Nhiệm vụ", "D2")));
    }

    @Test
    void readsEnglishSheetAndHeaders() {
        List<DeliverableEntry> entries = entries(WorkbookBuilder.workbook().english()
                .unit("H_VANLAM").period("2015-H2").submittedOn(Reading.SUBMITTED)
                .deliverable("pl03", "IN_PROGRESS", null, " "));

        assertThat(entries).containsExactly(new DeliverableEntry("PL03", Status.IN_PROGRESS, null, null, null,
                cell("Deliverables", "B2"), cell("Deliverables", "C2"), cell("Deliverables", "D2")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Hoàn thành | DONE",
            "hoan thanh | DONE",
            "HOÀN THÀNH | DONE",
            "DONE | DONE",
            "done | DONE",
            "Đang thực hiện | IN_PROGRESS",
            "dang thuc hien | IN_PROGRESS",
            "IN_PROGRESS | IN_PROGRESS",
            "in progress | IN_PROGRESS",
            "Chưa thực hiện | NOT_STARTED",
            "NOT_STARTED | NOT_STARTED"})
    void readsEveryStatusSpelling(String typed, Status status) {
        List<DeliverableEntry> entries = entries(Reading.report().deliverable("PL10", typed, MARCH_1, null));

        assertThat(entries).extracting(DeliverableEntry::status).containsExactly(status);
    }

    @Test
    void readsNfdStatus() {
        String typed = Normalizer.normalize("Đang thực hiện", Normalizer.Form.NFD);

        List<DeliverableEntry> entries = entries(Reading.report().deliverable("PL10", typed, null, null));

        assertThat(entries).extracting(DeliverableEntry::status).containsExactly(Status.IN_PROGRESS);
    }

    @Test
    void readsEveryFormOfDate() {
        List<DeliverableEntry> entries = entries(Reading.report()
                .deliverable("PL01", "DONE", MARCH_1, "1")
                .deliverable("PL03", "DONE", numeric(42064, "0"), "2")
                .deliverable("PL10", "DONE", "01/03/2015", "3")
                .deliverable("BUDGET", "DONE", "1/3/2015", 4)
                .deliverableSheet()
                .row("PL02", "DONE", "2015-03-01")
                .row("PL04", "DONE", formula("DATE(2015,3,1)", "d/m/yyyy"))
                .and());

        assertThat(entries).extracting(DeliverableEntry::completedOn).containsOnly(MARCH_1);
        assertThat(entries).extracting(DeliverableEntry::documentNo).containsExactly("1", "2", "3", "4", null, null);
    }

    @Test
    void keepsADateGivenForAnUnfinishedDeliverable() {
        List<DeliverableEntry> entries = entries(Reading.report().deliverable("PL01", "Đang thực hiện", MARCH_1, null));

        assertThat(entries).extracting(DeliverableEntry::completedOn).containsExactly(MARCH_1);
    }

    @Test
    void matchesNfdHeadersInAnyOrderAmongExtraColumns() {
        String sheet = Normalizer.normalize("Nhiệm Vụ", Normalizer.Form.NFD);
        WorkbookBuilder workbook = Reading.report();
        workbook.sheet(sheet)
                .row(null, nfd("Số văn bản"), "Tên nhiệm vụ", nfd("TRẠNG THÁI"), nfd("Mã nhiệm vụ"),
                        nfd("Ngày hoàn thành"))
                .row(null, "45/KH-UBND", "Kế hoạch", "Hoàn thành", "PL01", "05/06/2013");

        List<DeliverableEntry> entries = entries(workbook);

        assertThat(entries).containsExactly(new DeliverableEntry("PL01", Status.DONE, LocalDate.of(2013, 6, 5),
                "45/KH-UBND", null, cell(sheet, "D2"), cell(sheet, "F2"), cell(sheet, "B2")));
    }

    @Test
    void pointsAbsentColumnsAtTheStatusCell() {
        WorkbookBuilder workbook = Reading.report();
        workbook.sheet("Nhiệm vụ").row("Trạng thái", "Mã nhiệm vụ").row("Chưa thực hiện", "PL01");

        List<DeliverableEntry> entries = entries(workbook);

        assertThat(entries).containsExactly(new DeliverableEntry("PL01", Status.NOT_STARTED, null, null, null,
                cell("Nhiệm vụ", "A2"), cell("Nhiệm vụ", "A2"), cell("Nhiệm vụ", "A2")));
    }

    @Test
    void reportsDoneWithoutDateAtTheDateCellOrTheStatusCell() {
        WorkbookBuilder withColumn = Reading.report()
                .deliverable("PL01", "Hoàn thành", null, "45/KH-UBND")
                .deliverable("PL03", "Hoàn thành", MARCH_1, "46/KH-UBND");
        Intake intake = read(dir, withColumn);
        assertThat(problems(intake)).containsExactly("f.xlsx!Nhiệm vụ!C2 DONE_WITHOUT_DATE []");
        // catalog reading 17: the row stays in, done, with its date unknown
        assertThat(report(intake).deliverables()).extracting(DeliverableEntry::deliverable)
                .containsExactly("PL01", "PL03");

        WorkbookBuilder withoutColumn = Reading.report();
        withoutColumn.sheet("Nhiệm vụ").row("Mã nhiệm vụ", "Trạng thái").row("PL01", "DONE");
        assertThat(problems(read(dir, withoutColumn))).containsExactly("f.xlsx!Nhiệm vụ!B2 DONE_WITHOUT_DATE []");
    }

    @Test
    void reportsCellsThatCannotBeRead() {
        Intake intake = read(dir, Reading.report()
                .deliverable(null, "DONE", MARCH_1, null)
                .deliverable("PL01", null, null, null)
                .deliverable(" pl99 ", "Hoàn thành", MARCH_1, null)
                .deliverable("PL03", "Sắp xong", null, null)
                .deliverable("PL10", "DONE", "30/02/2015", null)
                .deliverable("BUDGET", "Đang thực hiện", "sắp xong", null));

        assertThat(problems(intake)).containsExactly(
                "f.xlsx!Nhiệm vụ!A2 REQUIRED_EMPTY [Mã nhiệm vụ]",
                "f.xlsx!Nhiệm vụ!B3 REQUIRED_EMPTY [Trạng thái]",
                "f.xlsx!Nhiệm vụ!A4 UNKNOWN_DELIVERABLE [PL99]",
                "f.xlsx!Nhiệm vụ!B5 BAD_STATUS [Sắp xong]",
                "f.xlsx!Nhiệm vụ!C6 BAD_DATE [30/02/2015]",
                "f.xlsx!Nhiệm vụ!C7 BAD_DATE [sắp xong]");
        assertThat(report(intake).deliverables()).isEmpty();
    }

    @Test
    void readsTheWordsClerksWriteForEachStatus() {
        // catalog reading 17: folded for case, diacritics and spaces
        Intake intake = read(dir, Reading.report()
                .deliverable("PL01", "Đã hoàn thành", MARCH_1, "1/KH")
                .deliverable("PL02", "XONG", MARCH_1, "2/KH")
                .deliverable("PL03", "dang lam", null, null)
                .deliverable("PL10", "Đang  triển khai", null, null)
                .deliverable("BUDGET", "chưa", null, null)
                .deliverable("PL04", "Chưa  triển khai", null, null));
        assertThat(problems(intake)).isEmpty();
        assertThat(report(intake).deliverables()).extracting(DeliverableEntry::status).containsExactly(
                Status.DONE, Status.DONE, Status.IN_PROGRESS, Status.IN_PROGRESS, Status.NOT_STARTED,
                Status.NOT_STARTED);
    }

    @Test
    void keepsTheFirstOfTwoRowsForTheSameDeliverable() {
        WorkbookBuilder workbook = Reading.report()
                .deliverable("PL10", "Đang thực hiện", null, null)
                .deliverable("PL01", "Hoàn thành", MARCH_1, "45/KH-UBND");
        workbook.deliverableSheet().emptyRow();
        workbook.deliverable("pl10", "Hoàn thành", MARCH_1, "50/KH-UBND");

        Intake intake = read(dir, workbook);

        assertThat(problems(intake)).containsExactly("f.xlsx!Nhiệm vụ!A5 DUPLICATE_ROW [PL10, A2]");
        assertThat(report(intake).deliverables()).extracting(DeliverableEntry::status)
                .containsExactly(Status.IN_PROGRESS, Status.DONE);
    }

    @Test
    void reportsMissingColumnsAndReadsNoRow() {
        WorkbookBuilder workbook = Reading.report();
        workbook.sheet("Nhiệm vụ").row("Nhiệm vụ", "Tình trạng", "Ngày hoàn thành").row("PL01", "DONE", MARCH_1);

        Intake intake = read(dir, workbook);

        assertThat(problems(intake)).containsExactly(
                "f.xlsx!Nhiệm vụ!A1 MISSING_COLUMN [Mã nhiệm vụ]",
                "f.xlsx!Nhiệm vụ!A1 MISSING_COLUMN [Trạng thái]");
        assertThat(report(intake).deliverables()).isEmpty();
    }

    @Test
    void withoutTheSheetGivesNoRowsAndNoProblem() {
        assertThat(entries(Reading.report().indicator("OFF_IT", 2015, 90))).isEmpty();
    }

    @Test
    void skipsEmptyRows() {
        WorkbookBuilder workbook = Reading.report();
        workbook.deliverableSheet().row().row(" ", null, WorkbookBuilder.blank()).emptyRow()
                .row("PL01", "NOT_STARTED");

        assertThat(entries(workbook)).extracting(e -> e.statusSource().cell()).containsExactly("B5");
    }

    private static String nfd(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD);
    }
}
