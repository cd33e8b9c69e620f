package vn.hungyen.xhht.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hungyen.xhht.testing.AppTest;
import vn.hungyen.xhht.testing.NewInstallation;
import vn.hungyen.xhht.testing.WorkbookBuilder;

/**
 * Valid workbooks mutated at random, in their bytes and in their cells' values, sent through the upload API:
 * a fixed number of cases from a fixed seed, so that it tests the same on any machine and a failure can be
 * replayed: every answer is a 200 with an outcome, a
 * refused file stores nothing, a stored report adds only rows of its own (stored in one transaction), and the
 * heap stays bounded.
 */
@AppTest
class FuzzUploadTest extends NewInstallation {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final long SEED = 74_2013L;
    private static final int CASES = 300;
    private static final String[] ODD_VALUES = {"", "-1", "1e309", "NaN", "99999999999999999999", "0x1F", "=1+1",
        "<b>x</b>", "\u0000", "ﾟ∀ﾟ", "2015-13-45", "99.5.5", " ", "１００", "-0", "Infinity"};

    @TempDir
    Path dir;

    @Test
    void mutatedWorkbooksNeverEscapeTheIntakeOrLeaveAPartialReport() throws Exception {
        byte[] original = HostileFiles.bytes(WorkbookBuilder.report("H_VANLAM", "2015-H2", LocalDate.of(2015, 12, 10))
                .indicator("LIT_15_60", 2015, 99.9).indicator("LIT_15_35", 2015, 99.95)
                .deliverable("PL02", "Hoàn thành", LocalDate.of(2013, 9, 20), "12/QĐ-UBND"), dir);
        Random random = new Random(SEED);
        long heapLimit = Runtime.getRuntime().maxMemory() / 2;
        List<String> outcomes = new ArrayList<>();
        for (int tries = 0; tries < CASES; tries++) {
            byte[] mutant = random.nextBoolean() ? flipBytes(original, random) : oddCells(original, random);
            long reportsBefore = count("report");
            long valuesBefore = count("report_value");

            MvcResult result = mvc.perform(multipart("/api/reports")
                    .file(new MockMultipartFile("files", "fuzz-" + tries + ".xlsx", XLSX, mutant))).andReturn();

            String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(result.getResponse().getStatus()).as("try %d: %s", tries, body).isEqualTo(200);
            JsonNode file = JSON.readTree(body).at("/files/0");
            String outcome = file.get("outcome").asString();
            outcomes.add(outcome);
            if (outcome.equals("REJECTED") || outcome.equals("DUPLICATE")) {
                assertThat(count("report")).as("try %d stored nothing", tries).isEqualTo(reportsBefore);
                assertThat(count("report_value")).isEqualTo(valuesBefore);
            } else {
                long id = file.get("reportId").asLong();
                assertThat(count("report")).isEqualTo(reportsBefore + 1);
                assertThat(jdbc.sql("select count(*) from report_value where report_id = ?").param(id)
                        .query(Long.class).single()).as("try %d: the whole report", tries)
                        .isEqualTo(count("report_value") - valuesBefore);
            }
            assertThat(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed()).isLessThan(heapLimit);
        }
        assertThat(outcomes).as("both kinds of mutant occur").contains("REJECTED").containsAnyOf("STORED",
                "SUPERSEDES", "SUPERSEDED");
    }

    /** The zip with one to eight bytes changed at random. */
    private static byte[] flipBytes(byte[] original, Random random) {
        byte[] mutant = original.clone();
        for (int i = 0, n = 1 + random.nextInt(8); i < n; i++) {
            mutant[random.nextInt(mutant.length)] = (byte) random.nextInt(256);
        }
        return mutant;
    }

    /** The workbook, a sound zip, with one to three cell values of its sheets replaced by odd texts. */
    private static byte[] oddCells(byte[] original, Random random) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(original));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (entry.getName().startsWith("xl/worksheets/") || entry.getName().equals("xl/sharedStrings.xml")) {
                    for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
                        content = replaceOneValue(content, ODD_VALUES[random.nextInt(ODD_VALUES.length)], random);
                    }
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content.getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    /** One {@code <v>} or {@code <t>} text of the part, chosen at random, replaced (escaped as XML needs). */
    private static String replaceOneValue(String xml, String value, Random random) {
        List<int[]> spans = new ArrayList<>();
        for (String tag : List.of("v", "t")) {
            for (int at = xml.indexOf("<" + tag + ">"); at >= 0; at = xml.indexOf("<" + tag + ">", at + 1)) {
                int start = at + tag.length() + 2;
                int stop = xml.indexOf("</" + tag + ">", start);
                if (stop > 0) {
                    spans.add(new int[] {start, stop});
                }
            }
        }
        if (spans.isEmpty()) {
            return xml;
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        String escaped = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\u0000", "");
        return xml.substring(0, span[0]) + escaped + xml.substring(span[1]);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
