package vn.hungyen.xhht.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hungyen.xhht.intake.Reading.FILE;
import static vn.hungyen.xhht.intake.Reading.problems;
import static vn.hungyen.xhht.intake.Reading.read;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hungyen.xhht.plan.Status;
import vn.hungyen.xhht.testing.WorkbookBuilder;

class WorkbookFileReadingTest {

    private static final List<String> NOT_A_WORKBOOK = List.of("f.xlsx NOT_A_WORKBOOK []");

    @TempDir
    Path dir;

    @Test
    void readsAWholeReport() {
        WorkbookBuilder workbook = Reading.report()
                .deliverable("PL01", "Hoàn thành", Reading.SUBMITTED, "45/KH-UBND")
                .indicator("LIT_15_60", 2015, 99.8);

        Intake intake = read(dir, workbook);

        assertThat(intake.problems()).isEmpty();
        ReportData report = Reading.report(intake);
        assertThat(report.values()).extracting(ValueRow::indicator).containsExactly("LIT_15_60");
        assertThat(report.deliverables()).extracting(DeliverableEntry::status).containsExactly(Status.DONE);
    }

    @Test
    void usesTheDisplayNameNotThePath() {
        Path file = Reading.report().indicator("NOPE", 2015, 90).write(dir.resolve("upload-1234.tmp"));

        Intake intake = new WorkbookReader(new StubCodes()).read(file, "vanlam-2015-H2.xlsx");

        assertThat(intake.file()).isEqualTo("vanlam-2015-H2.xlsx");
        assertThat(Reading.report(intake).file()).isEqualTo("vanlam-2015-H2.xlsx");
        assertThat(intake.problems()).extracting(p -> p.source().toString())
                .containsExactly("vanlam-2015-H2.xlsx!Chỉ tiêu!A2");
    }

    @Test
    void aTextFileIsNotAWorkbook() throws IOException {
        Path file = Files.writeString(dir.resolve(FILE), "Mã đơn vị;SO_GDDT\nKỳ báo cáo;2015-H2\n");

        assertNotAWorkbook(file);
    }

    @Test
    void anEmptyFileIsNotAWorkbook() throws IOException {
        assertNotAWorkbook(Files.createFile(dir.resolve(FILE)));
    }

    @Test
    void aTruncatedWorkbookIsNotAWorkbook() throws IOException {
        Path file = Reading.report().indicator("OFF_IT", 2015, 90).write(dir.resolve(FILE));
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));

        assertNotAWorkbook(file);
    }

    @Test
    void anOtherZipIsNotAWorkbook() throws IOException {
        Path file = dir.resolve(FILE);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
        }

        assertNotAWorkbook(file);
    }

    @Test
    void anOldExcelFileIsNotAWorkbook() throws IOException {
        Path file = dir.resolve(FILE);
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("Thông tin").createRow(0).createCell(0).setCellValue("Mã đơn vị");
            workbook.write(out);
        }

        assertNotAWorkbook(file);
    }

    @Test
    void aDamagedSheetIsNotAWorkbookEvenWhenFoundLate() throws IOException {
        Path good = Reading.report().indicator("OFF_IT", 2015, 90).write(dir.resolve("good.xlsx"));
        Path file = dir.resolve(FILE);
        try (ZipFile source = new ZipFile(good.toFile());
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry entry : source.stream().toList()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet2.xml")) {
                    zip.write("<worksheet><sheetData><row r=\"1\"><c r=\"A1\"".getBytes(StandardCharsets.UTF_8));
                } else {
                    source.getInputStream(entry).transferTo(zip);
                }
            }
        }

        assertNotAWorkbook(file);
    }

    @Test
    void aMissingFileIsNotAWorkbook() {
        assertNotAWorkbook(dir.resolve("gone.xlsx"));
    }

    @Test
    void readsALargeSheet() {
        int rows = 20_000;
        WorkbookBuilder workbook = Reading.report();
        for (int i = 0; i < rows; i++) {
            workbook.indicator(code(i), 2010 + i % 6, i % 2 == 0 ? null : (Object) (long) i, i % 2 == 0 ? null : (Object) (long) (2 * i),
                    i % 2 == 0 ? (Object) ((i % 1000) / 10.0) : null);
        }
        workbook.indicator(code(7), 2011, 90);
        Path file = workbook.write(dir.resolve(FILE));

        // far beyond a report's rows: streaming is what is tested here, not the limit (ReadLimitsReadingTest)
        Intake intake = new WorkbookReader(new AnyIndicator(), ReadLimits.REPORT.withRows(rows + 1)).read(file, FILE);

        assertThat(problems(intake)).containsExactly("f.xlsx!Chỉ tiêu!A20002 DUPLICATE_ROW [IND07, A9]");
        List<ValueRow> values = Reading.report(intake).values();
        assertThat(values).hasSize(rows);
        assertThat(values.get(0)).isEqualTo(new ValueRow("IND00", 2010, null, null, 0.0, null,
                new Source(FILE, "Chỉ tiêu", "E2")));
        assertThat(values.get(rows - 1)).isEqualTo(new ValueRow(code(rows - 1), 2010 + (rows - 1) % 6,
                (long) rows - 1, 2L * (rows - 1), 50.0, null, new Source(FILE, "Chỉ tiêu", "C20001")));
        assertThat(values.get(12_344).percent()).isEqualTo(34.4);
    }

    private static String code(int i) {
        return String.format("IND%02d", i);
    }

    private void assertNotAWorkbook(Path file) {
        Intake intake = read(file);

        assertThat(intake.file()).isEqualTo(FILE);
        assertThat(intake.report()).isEmpty();
        assertThat(problems(intake)).isEqualTo(NOT_A_WORKBOOK);
    }

    /** Every code "IND" followed by digits is an indicator, so that thousands of rows can differ. */
    private static final class AnyIndicator implements KnownCodes {

        private final KnownCodes stub = new StubCodes();

        @Override
        public boolean isUnit(String code) {
            return stub.isUnit(code);
        }

        @Override
        public boolean isIndicator(String code) {
            return code.matches("IND\\d+");
        }

        @Override
        public boolean isDeliverable(String code) {
            return stub.isDeliverable(code);
        }
    }
}
