package vn.hungyen.xhht.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.hungyen.xhht.message.Language;

/** Texts that a spreadsheet would run are written as text, in both formats; everything else as it is. */
class SpreadsheetTextTest {

    private static final List<String> DANGEROUS = List.of("=HYPERLINK(\"http://evil\",\"x\")", "+1+1", "-2+3",
            "@SUM(A1:A2)", "\t=1+1", "\r=1+1");

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1", "-1", "@A1", "\tx", "\rx", "=", "-"})
    void aTextBeginningWithAFormulaCharacterGetsAQuote(String text) {
        assertThat(SpreadsheetText.neutralise(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "UBND huyện Văn Lâm", "12/QĐ-UBND", "a=b", "'=1", " =1", "\n=1", "99,5%"})
    void otherTextsAreLeftAlone(String text) {
        assertThat(SpreadsheetText.neutralise(text)).isEqualTo(text);
    }

    @Test
    void nothingIsNothing() {
        assertThat(SpreadsheetText.neutralise(null)).isNull();
    }

    @Test
    void bothFormatsWriteTheNeutralisedTextsAndKeepNumbersAndDates() throws Exception {
        List<Column<String>> columns = List.of(
                new Column<>("export.col.message", 30, text -> text),
                new Column<>("export.col.actual", 10, text -> -12.5),
                new Column<>("export.col.due", 12, text -> LocalDate.of(2015, 12, 15)),
                new Column<>("export.col.year", 6, text -> null));
        Table table = Table.of("export.findings.sheet", columns, DANGEROUS, Language.EN);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(XlsxWriter.write(table)))) {
            Sheet sheet = workbook.getSheet("Findings");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Message");
            for (int i = 0; i < DANGEROUS.size(); i++) {
                Row row = sheet.getRow(i + 1);
                assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo("'" + DANGEROUS.get(i));
                assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(-12.5);
                assertThat(row.getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2015, 12, 15));
                assertThat(row.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
                assertThat(row.getCell(3)).isNull();
            }
        }

        List<CSVRecord> records = csv(CsvWriter.write(table));
        assertThat(records.get(0).values()).containsExactly("Message", "Reported value (%)", "Due", "Year");
        List<String> texts = new ArrayList<>();
        records.subList(1, records.size()).forEach(r -> {
            texts.add(r.get(0));
            assertThat(r.get(1)).isEqualTo("-12.5");
            assertThat(r.get(2)).isEqualTo("2015-12-15");
            assertThat(r.get(3)).isEmpty();
        });
        assertThat(texts).containsExactlyElementsOf(DANGEROUS.stream().map(t -> "'" + t).toList());
    }

    @Test
    void aCsvTextWithTheListSeparatorOfVietnameseExcelIsQuoted() {
        List<Column<String>> columns = List.of(new Column<>("export.col.message", 30, text -> text),
                new Column<>("export.col.year", 6, text -> null));
        Table table = Table.of("export.findings.sheet", columns, List.of("a;=HYPERLINK(\"x\")"), Language.EN);

        String csv = new String(CsvWriter.write(table), StandardCharsets.UTF_8);

        assertThat(csv).contains("\r\n\"a;=HYPERLINK(\"\"x\"\")\",\r\n");
    }

    /** Reads a CSV export as a spreadsheet program does: the byte order mark says UTF-8 and is not data. */
    static List<CSVRecord> csv(byte[] bytes) throws Exception {
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes, 3, bytes.length - 3),
                StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.parse(reader).getRecords();
        }
    }
}
