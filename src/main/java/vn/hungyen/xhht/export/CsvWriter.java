package vn.hungyen.xhht.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * A {@link Table} as CSV (RFC 4180: commas, CRLF, quotes where needed) in UTF-8 with a byte order mark, so that
 * Excel shows Vietnamese letters. Values are written for programs as much as for people: numbers with a point
 * (99.85), dates as ISO (2021-01-31), whatever the language of the headings.
 */
final class CsvWriter {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    // Every value in quotes (an empty one not): where a spreadsheet's list separator is ";" (Vietnamese Excel), an
    // unquoted "x;=cmd" would be split into a cell that begins with "=", out of SpreadsheetText's reach.
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL_NON_NULL).get();

    private CsvWriter() {
    }

    static byte[] write(Table table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(writer, FORMAT)) {
            writer.write(BYTE_ORDER_MARK);
            csv.printRecord(table.headers());
            for (List<Object> row : table.rows()) {
                csv.printRecord(row.stream().map(CsvWriter::text).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Double d) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }
}
