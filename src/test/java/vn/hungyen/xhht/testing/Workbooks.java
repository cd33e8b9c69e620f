package vn.hungyen.xhht.testing;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** Built workbooks sent to the API's upload (POST /api/reports, part "files"), as a browser sends them. */
public final class Workbooks {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Workbooks() {
    }

    public static MockMultipartHttpServletRequestBuilder upload(MockMultipartFile... files) {
        MockMultipartHttpServletRequestBuilder request = multipart("/api/reports");
        for (MockMultipartFile file : files) {
            request.file(file);
        }
        return request;
    }

    /**
     * The same files brought in by an administrator as history (POST /api/reports/import): dated by the date
     * written in them rather than by the day they arrive (catalog reading 14), as reports of years ago must be.
     */
    public static MockMultipartHttpServletRequestBuilder history(MockMultipartFile... files) {
        MockMultipartHttpServletRequestBuilder request = multipart("/api/reports/import");
        for (MockMultipartFile file : files) {
            request.file(file);
        }
        return request;
    }

    public static MockMultipartFile file(String name, WorkbookBuilder workbook) {
        try {
            Path temp = Files.createTempFile("upload-", ".xlsx");
            try {
                return new MockMultipartFile("files", name, XLSX, Files.readAllBytes(workbook.write(temp)));
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
