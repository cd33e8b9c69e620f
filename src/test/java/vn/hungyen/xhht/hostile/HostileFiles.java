package vn.hungyen.xhht.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.hungyen.xhht.testing.WorkbookBuilder;

/**
 * Workbooks made to hurt: each built here, from a valid report where it can be, so that only the attack can
 * make it fail.
 */
final class HostileFiles {

    private HostileFiles() {
    }

    /** A valid report of Văn Lâm for 2015-H2 with one value. */
    static WorkbookBuilder report() {
        return WorkbookBuilder.report("H_VANLAM", "2015-H2", LocalDate.of(2015, 12, 10))
                .indicator("LIT_15_60", 2015, 99.9);
    }

    static byte[] bytes(WorkbookBuilder workbook, Path dir) {
        try {
            return Files.readAllBytes(workbook.write(Files.createTempFile(dir, "w-", ".xlsx")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The report with its first sheet's XML followed by {@code inflated} bytes of spaces: a zip bomb of about a
     * thousandth of that size. The entry declares its true size, as zip tools write it.
     */
    static byte[] zipBomb(Path dir, long inflated) throws IOException {
        return rewrite(dir, (name, zip) -> {
            if (name.equals("xl/worksheets/sheet1.xml")) {
                byte[] spaces = new byte[1 << 20];
                Arrays.fill(spaces, (byte) ' ');
                for (long left = inflated; left > 0; left -= spaces.length) {
                    zip.write(spaces, 0, (int) Math.min(left, spaces.length));
                }
            }
        }, null, null);
    }

    /** The report with {@code rows} more rows in its "Chỉ tiêu" sheet (the second), written as XML. */
    static byte[] manyRows(Path dir, int rows) throws IOException {
        return rewrite(dir, (name, zip) -> { }, "xl/worksheets/sheet2.xml", xml -> {
            StringBuilder more = new StringBuilder();
            for (int r = 3; r < rows + 3; r++) {
                more.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\" t=\"inlineStr\"><is><t>X")
                        .append(r).append("</t></is></c><c r=\"B").append(r).append("\"><v>2015</v></c></row>");
            }
            return xml.replace("</sheetData>", more + "</sheetData>");
        });
    }

    /** The report with its "Chỉ tiêu" sheet's XML changed by {@code change}. */
    static byte[] indicatorSheet(Path dir, WorkbookBuilder report, UnaryOperator<String> change) throws IOException {
        return rewrite(dir, report, (name, zip) -> { }, "xl/worksheets/sheet2.xml", change);
    }

    /** The report with its shared strings replaced by {@code xml}: an XML attack in a part every reader parses. */
    static byte[] sharedStrings(Path dir, String xml) throws IOException {
        return rewrite(dir, (name, zip) -> { }, "xl/sharedStrings.xml", old -> xml);
    }

    /** The report with its sheet list (xl/workbook.xml) changed by {@code change}: names POI would not write. */
    static byte[] sheetList(Path dir, WorkbookBuilder report, UnaryOperator<String> change) throws IOException {
        return rewrite(dir, report, (name, zip) -> { }, "xl/workbook.xml", change);
    }

    /** The report with its shared strings table changed by {@code change}. */
    static byte[] sharedStrings(Path dir, UnaryOperator<String> change) throws IOException {
        return rewrite(dir, (name, zip) -> { }, "xl/sharedStrings.xml", change);
    }

    /**
     * {@code n} letters of four, at random: text that deflates about four to one, as a real text does (an attack
     * of the ratio of a real file, which no zip-bomb ratio check refuses).
     */
    static String letters(int n, long seed) {
        java.util.Random random = new java.util.Random(seed);
        char[] text = new char[n];
        for (int i = 0; i < n; i++) {
            text[i] = "acgt".charAt(random.nextInt(4));
        }
        return new String(text);
    }

    /** An XML external entity reading a local file into a cell's text. */
    static String externalEntity(Path secret) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE sst [<!ENTITY secret SYSTEM \""
                + secret.toUri() + "\">]>\n<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                + "count=\"1\" uniqueCount=\"1\"><si><t>&secret;</t></si></sst>";
    }

    /** The "billion laughs": ten levels of entities, each ten of the one below. */
    static String entityExpansion() {
        StringBuilder dtd = new StringBuilder("<!ENTITY l0 \"ha\">");
        for (int i = 1; i <= 10; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        return "<?xml version=\"1.0\"?>\n<!DOCTYPE sst [" + dtd + "]>\n"
                + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&l10;</t></si></sst>";
    }

    /** The report encrypted with a password, as Excel saves it: an OLE2 container, not a zip. */
    static byte[] passwordProtected(Path dir) throws Exception {
        byte[] plain = bytes(report(), dir);
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("mật khẩu");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(plain);
            }
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            fs.writeFilesystem(file);
            return file.toByteArray();
        }
    }

    /** An Excel 97-2003 workbook with the report's sheet names. */
    static byte[] legacyXls() throws IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Thông tin").createRow(0).createCell(0).setCellValue("Mã đơn vị");
            workbook.createSheet("Chỉ tiêu");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** A workbook with no sheet at all. */
    static byte[] emptyWorkbook() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** The report as a macro-enabled workbook (.xlsm) carrying a VBA project that must never run. */
    static byte[] withMacros(Path dir) throws IOException {
        byte[] xlsx = bytes(report(), dir);
        Path source = Files.write(Files.createTempFile(dir, "m-", ".xlsx"), xlsx);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipFile zipFile = new ZipFile(source.toFile()); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry : zipFile.stream().toList()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                byte[] content = zipFile.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("[Content_Types].xml")) {
                    content = new String(content, StandardCharsets.UTF_8)
                            .replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                                    "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
                            .replace("</Types>", "<Default Extension=\"bin\" "
                                    + "ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>")
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.write(content);
            }
            zip.putNextEntry(new ZipEntry("xl/vbaProject.bin"));
            zip.write("Sub Auto_Open(): Shell \"calc.exe\": End Sub".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private interface EntryAppender {
        void append(String name, ZipOutputStream zip) throws IOException;
    }

    /** The report's zip written again, entry by entry, with {@code appender} after each and one part changed. */
    private static byte[] rewrite(Path dir, EntryAppender appender, String part, UnaryOperator<String> change)
            throws IOException {
        return rewrite(dir, report(), appender, part, change);
    }

    private static byte[] rewrite(Path dir, WorkbookBuilder report, EntryAppender appender, String part,
                                  UnaryOperator<String> change) throws IOException {
        Path source = Files.write(Files.createTempFile(dir, "r-", ".xlsx"), bytes(report, dir));
        Path target = Files.createTempFile(dir, "h-", ".xlsx");
        try (ZipFile zipFile = new ZipFile(source.toFile());
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (ZipEntry entry : zipFile.stream().toList()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(part)) {
                    String xml = new String(zipFile.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                    zip.write(change.apply(xml).getBytes(StandardCharsets.UTF_8));
                } else {
                    zipFile.getInputStream(entry).transferTo(zip);
                }
                appender.append(entry.getName(), zip);
            }
        }
        return Files.readAllBytes(target);
    }
}
