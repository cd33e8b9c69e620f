package vn.hungyen.xhht.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import vn.hungyen.xhht.testing.WorkbookBuilder;
import vn.hungyen.xhht.testing.Workbooks;

/** Workbooks sent through the upload form, as a browser sends them (part "files"). */
final class PageUploads {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private PageUploads() {
    }

    static MockMultipartHttpServletRequestBuilder form(MockMultipartFile... files) {
        MockMultipartHttpServletRequestBuilder request = multipart("/upload");
        for (MockMultipartFile file : files) {
            request.file(file);
        }
        return request;
    }

    static MockMultipartFile file(String name, WorkbookBuilder workbook) {
        return Workbooks.file(name, workbook);
    }

    static MockMultipartFile notAWorkbook(String name) {
        return new MockMultipartFile("files", name, XLSX, "bản nháp".getBytes(StandardCharsets.UTF_8));
    }

    /** What a browser sends when the form is submitted with no file chosen. */
    static MockMultipartFile noFileChosen() {
        return new MockMultipartFile("files", "", "application/octet-stream", new byte[0]);
    }

    /**
     * Văn Lâm's 2015-H2 report: literacy 15-60 for 2015 at E2 (the target is 99.80, so below it is an
     * UNMET_TARGET of LIT_15_60.2015, clause II.1.a), and one deliverable.
     */
    static WorkbookBuilder vanLam2015H2(LocalDate submittedOn, double literacy) {
        return WorkbookBuilder.report("H_VANLAM", "2015-H2", submittedOn)
                .indicator("LIT_15_60", 2015, literacy)
                .indicator("LIT_15_35", 2015, 99.95)
                .deliverable("PL02", "Hoàn thành", LocalDate.of(2013, 9, 20), "12/QĐ-UBND");
    }
}
