package vn.hungyen.xhht.review;

import java.time.LocalDate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import vn.hungyen.xhht.testing.WorkbookBuilder;
import vn.hungyen.xhht.testing.Workbooks;

/** Workbooks as a browser uploads them. */
final class Uploading {

    static final String XLSX = Workbooks.XLSX;

    private Uploading() {
    }

    static MockMultipartHttpServletRequestBuilder upload(MockMultipartFile... files) {
        return Workbooks.upload(files);
    }

    static MockMultipartHttpServletRequestBuilder history(MockMultipartFile... files) {
        return Workbooks.history(files);
    }

    static MockMultipartFile file(String name, byte[] bytes) {
        return new MockMultipartFile("files", name, XLSX, bytes);
    }

    static MockMultipartFile file(String name, WorkbookBuilder workbook) {
        return Workbooks.file(name, workbook);
    }

    /** Văn Lâm's 2015-H2 report with its literacy value for 2015 (the target is 99.80) at E2. */
    static WorkbookBuilder vanLam2015H2(LocalDate submittedOn, double literacy) {
        return WorkbookBuilder.report("H_VANLAM", "2015-H2", submittedOn)
                .indicator("LIT_15_60", 2015, literacy)
                .indicator("LIT_15_35", 2015, 99.95)
                .deliverable("PL02", "Hoàn thành", LocalDate.of(2013, 9, 20), "12/QĐ-UBND");
    }
}
