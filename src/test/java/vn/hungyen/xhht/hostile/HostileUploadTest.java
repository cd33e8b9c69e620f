package vn.hungyen.xhht.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockMultipartFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hungyen.xhht.testing.AppTest;
import vn.hungyen.xhht.testing.NewInstallation;
import vn.hungyen.xhht.testing.WorkbookBuilder;

/**
 * Broken and malicious files sent through the upload API and the upload form: each gets a clear answer that
 * names the file, never a 500 or a stack trace, and a file that gives no report leaves nothing stored.
 */
@AppTest
class HostileUploadTest extends NewInstallation {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    // what a collection may leave of the test's own garbage; a kept parser buffer of a refused text is 40 MB
    private static final long HEAP_TOLERANCE = 24L << 20;

    @TempDir
    Path dir;

    @Test
    void aZipBombIsRefusedWithoutBeingInflated() throws Exception {
        byte[] bomb = HostileFiles.zipBomb(dir, 2L << 30);
        assertThat(bomb.length).as("a small file").isLessThan(4 << 20);
        long heapBefore = usedHeap();
        Instant start = Instant.now();

        assertRejected("bom.xlsx", bomb, "bom.xlsx", "không phải là sổ tính Excel");

        assertThat(Duration.between(start, Instant.now())).as("refused before inflating 2 GiB")
                .isLessThan(Duration.ofSeconds(5));
        assertThat(usedHeap() - heapBefore).as("heap").isLessThan(256L << 20);
    }

    @Test
    void anXmlExternalEntityIsNeverResolved() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "MẬT-KHẨU-BÍ-MẬT");
        byte[] file = HostileFiles.sharedStrings(dir, HostileFiles.externalEntity(secret));

        String answer = upload("xxe.xlsx", file);

        assertThat(answer).doesNotContain("MẬT-KHẨU-BÍ-MẬT");
        assertThat(jdbc.sql("select count(*) from report_value where note like '%BÍ-MẬT%'").query(Long.class)
                .single()).isZero();
        assertThat(JSON.readTree(answer).at("/files/0/outcome").asString()).isEqualTo("REJECTED");
    }

    @Test
    void entityExpansionIsRefused() throws Exception {
        Instant start = Instant.now();
        assertRejected("cuoi.xlsx", HostileFiles.sharedStrings(dir, HostileFiles.entityExpansion()), "cuoi.xlsx",
                "không phải là sổ tính Excel");
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aSheetOfAMillionRowsIsRefusedBeforeItIsRead() throws Exception {
        byte[] million = HostileFiles.manyRows(dir, 1_000_000);
        Instant start = Instant.now();

        assertRejected("trieu-dong.xlsx", million, "trieu-dong.xlsx", "lớn hơn 16 MB");

        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aSheetOfMoreRowsThanAReportHasIsRefusedAtTheFirstRowTooMany() throws Exception {
        assertRejected("nhieu-dong.xlsx", HostileFiles.manyRows(dir, 2_500), "hơn 2000 dòng", "Chỉ tiêu!A2002");
    }

    @Test
    void aSharedStringOfTensOfMegabytesIsRefusedBeforeItIsInflatedAndTheHeapReturns() throws Exception {
        // the attack of issue 16 at a smaller scale: one text of 17 MB in a file of 4 MB (a ratio of four)
        byte[] file = HostileFiles.sharedStrings(dir, firstText(HostileFiles.letters(17_000_000, 1)));
        long baseline = settledHeap();

        assertRejected("chu-dai.xlsx", file, "chu-dai.xlsx", "lớn hơn 16 MB");

        file = null;
        assertThat(settledHeap() - baseline).as("heap after the refusal").isLessThan(HEAP_TOLERANCE);
    }

    @Test
    void threeSuchFilesAtOnceAreAllRefusedAndTheHeapReturns() throws Exception {
        byte[] file = HostileFiles.sharedStrings(dir, firstText(HostileFiles.letters(17_000_000, 2)));
        long baseline = settledHeap();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                String name = "chu-dai-" + i + ".xlsx";
                answers.add(pool.submit(() -> upload(name, file)));
            }
            for (Future<String> answer : answers) {
                assertThat(JSON.readTree(answer.get()).at("/files/0/outcome").asString()).isEqualTo("REJECTED");
            }
        } finally {
            pool.shutdown();
        }
        assertThat(settledHeap() - baseline).as("heap after three refusals").isLessThan(HEAP_TOLERANCE);
    }

    @Test
    void aCellOfMegabytesOfTextIsRefusedAtThatCellAndTheHeapReturns() throws Exception {
        byte[] file = HostileFiles.sharedStrings(dir, xml -> xml.replace("<t>H_VANLAM</t>",
                "<t>" + HostileFiles.letters(2_000_000, 3) + "</t>"));
        long baseline = settledHeap();

        JsonNode answer = assertRejected("o-dai.xlsx", file, "dài hơn 1000 ký tự");

        assertThat(answer.get("problems").toString()).contains("o-dai.xlsx!Thông tin!B");
        file = null;
        assertThat(settledHeap() - baseline).as("heap after the refusal").isLessThan(HEAP_TOLERANCE);
    }

    @Test
    void anInlineTextOfMegabytesIsRefusedAtItsCell() throws Exception {
        byte[] file = HostileFiles.indicatorSheet(dir, HostileFiles.report(), xml -> xml.replace("</sheetData>",
                "<row r=\"9\"><c r=\"C9\" t=\"inlineStr\"><is><t>" + HostileFiles.letters(3_000_000, 4)
                        + "</t></is></c></row></sheetData>"));

        JsonNode answer = assertRejected("noi-dong.xlsx", file, "dài hơn 1000 ký tự");

        assertThat(answer.get("problems").toString()).contains("noi-dong.xlsx!Chỉ tiêu!C9");
    }

    @Test
    void manyTextsThatTogetherPassTheLimitAreRefused() throws Exception {
        StringBuilder texts = new StringBuilder();
        for (int i = 0; i < 2_100; i++) {
            texts.append("<si><t>").append(HostileFiles.letters(999, i)).append("</t></si>");
        }
        byte[] file = HostileFiles.sharedStrings(dir, xml -> xml.replace("</sst>", texts + "</sst>"));

        assertRejected("nhieu-chu.xlsx", file, "nhieu-chu.xlsx", "hơn 2000000 ký tự");
    }

    @Test
    void aPasswordProtectedWorkbookIsRefused() throws Exception {
        assertRejected("bao-mat.xlsx", HostileFiles.passwordProtected(dir), "bao-mat.xlsx",
                "không phải là sổ tính Excel");
    }

    @Test
    void aLegacyXlsIsRefused() throws Exception {
        assertRejected("cu.xls", HostileFiles.legacyXls(), "cu.xls", "lưu lại dưới dạng .xlsx");
    }

    @Test
    void aWorkbookWithoutSheetsIsRefusedSayingWhichSheetIsMissing() throws Exception {
        assertRejected("rong.xlsx", HostileFiles.emptyWorkbook(), "rong.xlsx", "Thông tin");
    }

    @Test
    void aMacroEnabledWorkbookIsReadForItsDataAndItsMacrosAreNeverRun() throws Exception {
        JsonNode answer = JSON.readTree(upload("macro.xlsm", HostileFiles.withMacros(dir)));

        assertThat(answer.at("/files/0/outcome").asString()).isEqualTo("STORED");
        assertThat(jdbc.sql("select percent from report_value where indicator = 'LIT_15_60'").query(Double.class)
                .single()).isEqualTo(99.9);
    }

    @Test
    void aFormulaWithoutACachedValueIsAProblemAtItsCellAndTheRestIsStored() throws Exception {
        WorkbookBuilder report = HostileFiles.report().indicator("LIT_15_35", 2015, 99.95);
        byte[] file = HostileFiles.indicatorSheet(dir, report, xml -> xml.replaceFirst(
                "<c r=\"E3\"([^>]*)><v>[^<]*</v></c>", "<c r=\"E3\"$1><f>99.9+0.05</f></c>"));

        JsonNode answer = JSON.readTree(upload("cong-thuc.xlsx", file)).at("/files/0");

        assertThat(answer.get("outcome").asString()).isEqualTo("STORED");
        assertThat(answer.get("problems").toString()).contains("cong-thuc.xlsx!Chỉ tiêu!E3");
        assertThat(jdbc.sql("select indicator from report_value").query(String.class).list())
                .containsExactly("LIT_15_60");
    }

    @Test
    void hiddenRowsAreReadAndMergedCellsGiveTheirValueOnce() throws Exception {
        WorkbookBuilder report = HostileFiles.report().indicator("LIT_15_35", 2015, 99.95);
        byte[] file = HostileFiles.indicatorSheet(dir, report, xml -> xml
                .replace("<row r=\"3\"", "<row r=\"3\" hidden=\"1\"")
                .replace("</sheetData>", "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"E2:F3\"/></mergeCells>"));

        JsonNode answer = JSON.readTree(upload("an-gop.xlsx", file)).at("/files/0");

        assertThat(answer.get("outcome").asString()).isEqualTo("STORED");
        assertThat(jdbc.sql("select indicator || '=' || percent from report_value order by row_no")
                .query(String.class).list()).containsExactly("LIT_15_60=99.9", "LIT_15_35=99.95");
    }

    @Test
    void htmlInCellsAndFileNamesIsShownAsTextEverywhere() throws Exception {
        String script = "<script>alert('x')</script>";
        WorkbookBuilder workbook = HostileFiles.report().unitName(script).preparedBy("<b>Lan</b>")
                .indicator("LIT_15_35", 2015, null, null, 99.95, script);
        MockMultipartFile file = new MockMultipartFile("files", "<img src=x onerror=alert(1)>.xlsx", XLSX,
                HostileFiles.bytes(workbook, dir));

        String result = mvc.perform(multipart("/upload").file(file)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        long id = jdbc.sql("select id from report").query(Long.class).single();
        String report = mvc.perform(get("/reports/" + id)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        for (String page : List.of(result, report)) {
            assertThat(page).doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("<b>Lan</b>");
        }
        assertThat(report).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").contains("&lt;b&gt;Lan&lt;/b&gt;");
        assertThat(result).contains("&lt;img src=x onerror=alert(1)&gt;.xlsx");
    }

    @Test
    void aFileNameWithAPathOrControlCharactersIsStoredAsItsNameAlone() throws Exception {
        JsonNode answer = JSON.readTree(upload("../../etc/\u0007bao-cao\r\n.xlsx",
                HostileFiles.bytes(HostileFiles.report(), dir)));

        assertThat(answer.at("/files/0/outcome").asString()).isEqualTo("STORED");
        String stored = jdbc.sql("select file_name from report").query(String.class).single();
        assertThat(stored).doesNotContain("/").doesNotContain("..").doesNotContainPattern("\\p{Cntrl}")
                .contains("bao-cao");
    }

    @Test
    void eachFileOfABatchIsItsOwnOutcomeWhateverTheDatabaseLimitsAndEveryOneIsAudited() throws Exception {
        String longSheet = "Chỉ tiêu" + ".".repeat(120);
        byte[] first = HostileFiles.bytes(HostileFiles.report(), dir);
        byte[] longName = HostileFiles.sheetList(dir, HostileFiles.report().indicator("LIT_15_35", 2015, 99.95),
                xml -> xml.replace("name=\"Chỉ tiêu\"", "name=\"" + longSheet + "\""));
        byte[] last = HostileFiles.bytes(WorkbookBuilder.report("H_KHOAICHAU", "2015-H2", LocalDate.of(2015, 12, 10))
                .indicator("LIT_15_60", 2015, 99.9), dir);
        String longFile = "bao-cao-".repeat(60) + ".xlsx";

        String body = mvc.perform(multipart("/api/reports")
                        .file(new MockMultipartFile("files", "dau.xlsx", XLSX, first))
                        .file(new MockMultipartFile("files", "ten-sheet-dai.xlsx", XLSX, longName))
                        .file(new MockMultipartFile("files", longFile, XLSX, last)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        JsonNode files = JSON.readTree(body).get("files");
        assertThat(files).hasSize(3);
        assertThat(files.get(0).get("outcome").asString()).isEqualTo("STORED");
        assertThat(files.get(1).get("outcome").asString()).isEqualTo("REJECTED");
        assertThat(files.get(1).get("message").asString()).contains("ten-sheet-dai.xlsx", "dài hơn 100 ký tự");
        assertThat(files.get(2).get("outcome").asString()).isEqualTo("STORED");
        assertThat(files.get(2).get("file").asString()).endsWith(".xlsx").hasSizeLessThanOrEqualTo(255);
        assertThat(jdbc.sql("select count(*) from report").query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'UPLOADED'").query(Long.class).single())
                .isEqualTo(3);
    }

    private JsonNode assertRejected(String name, byte[] bytes, String... said) throws Exception {
        JsonNode file = JSON.readTree(upload(name, bytes)).at("/files/0");

        assertThat(file.get("outcome").asString()).isEqualTo("REJECTED");
        assertThat(file.get("message").asString()).contains(said);
        for (String table : List.of("report", "report_value", "report_deliverable", "report_problem")) {
            assertThat(jdbc.sql("select count(*) from " + table).query(Long.class).single()).as(table).isZero();
        }
        return file;
    }

    /** The API's answer, which must be a 200 without a stack trace. */
    private String upload(String name, byte[] bytes) throws Exception {
        String body = mvc.perform(multipart("/api/reports").file(new MockMultipartFile("files", name, XLSX, bytes)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("at vn.hungyen");
        return body;
    }

    /** The shared strings with their first text replaced by {@code text}. */
    private static java.util.function.UnaryOperator<String> firstText(String text) {
        return xml -> xml.replaceFirst("<t>[^<]*</t>", "<t>" + text + "</t>");
    }

    /** The heap in use once what can be collected is: a full collection, twice, as finalisation may free more. */
    private static long settledHeap() {
        System.gc();
        System.gc();
        return usedHeap();
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
