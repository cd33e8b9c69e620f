package vn.hungyen.xhht.export;

import java.util.Locale;
import java.util.function.Function;
import org.springframework.http.MediaType;

/** The formats a list is exported in: the file's extension names it. */
public enum ExportFormat {
    XLSX(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            XlsxWriter::write),
    CSV(MediaType.parseMediaType("text/csv;charset=UTF-8"), CsvWriter::write);

    private final MediaType mediaType;
    private final Function<Table, byte[]> writer;

    ExportFormat(MediaType mediaType, Function<Table, byte[]> writer) {
        this.mediaType = mediaType;
        this.writer = writer;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    byte[] write(Table table) {
        return writer.apply(table);
    }
}
