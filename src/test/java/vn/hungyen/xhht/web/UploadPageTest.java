package vn.hungyen.xhht.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.hungyen.xhht.web.PageUploads.file;
import static vn.hungyen.xhht.web.PageUploads.form;
import static vn.hungyen.xhht.web.PageUploads.noFileChosen;
import static vn.hungyen.xhht.web.PageUploads.notAWorkbook;
import static vn.hungyen.xhht.web.PageUploads.vanLam2015H2;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.RequestBuilder;
import vn.hungyen.xhht.testing.AppTest;
import vn.hungyen.xhht.testing.NewInstallation;

/** The upload form and the page that says what became of each file, as of 10/01/2016 (FixedClock). */
@AppTest
class UploadPageTest extends NewInstallation {

    @Test
    void theFormSendsSeveralWorkbooksAsMultipart() throws Exception {
        String page = html(get("/upload"));

        assertThat(page).contains("<h1>Tải báo cáo lên</h1>")
                .contains("enctype=\"multipart/form-data\"")
                .containsPattern("<input type=\"file\" name=\"files\" multiple accept=\".xlsx\"");
    }

    @Test
    void aStoredReportIsShownWithItsFindings() throws Exception {
        String page = html(form(file("vanlam-2015-H2.xlsx", vanLam2015H2(LocalDate.of(2015, 12, 10), 99.5))));

        assertThat(page).contains("<h1>Kết quả tải lên</h1>")
                .contains("vanlam-2015-H2.xlsx")
                .contains("Đã lưu tệp vanlam-2015-H2.xlsx: báo cáo 6 tháng cuối năm 2015 của UBND huyện Văn Lâm.")
                .contains("Báo cáo đã được lưu và được tính cho kỳ này.")
                // the finding: severity, kind, message in Vietnamese, clause, rule and cell
                .contains("class=\"badge sev-HIGH\">CAO</span>")
                .contains("Không đạt mục tiêu")
                .contains("UBND huyện Văn Lâm báo cáo chỉ tiêu")
                .contains(">II.1.a</td>")
                .contains("<code>LIT_15_60.2015</code>")
                .contains(">Chỉ tiêu!E2</a>")
                .doesNotContain("??");
    }

    @Test
    void theSameFileAgainIsNotStoredTwice() throws Exception {
        MockMultipartFile report = file("vanlam-2015-H2.xlsx", vanLam2015H2(LocalDate.of(2015, 12, 10), 99.5));
        html(form(report));

        String again = html(form(report));

        assertThat(again).contains("Đã có tệp này").contains("Đã nhận tệp này rồi, không lưu thêm.")
                .contains("Không lưu lại tệp vanlam-2015-H2.xlsx");
    }

    @Test
    void aLaterVersionSupersedesTheEarlierOne() throws Exception {
        html(form(file("vanlam-v1.xlsx", vanLam2015H2(LocalDate.of(2015, 12, 10), 99.5))));

        String page = html(form(file("vanlam-v2.xlsx", vanLam2015H2(LocalDate.of(2015, 12, 12), 99.9))));

        assertThat(page).contains("Đã lưu, thay thế bản trước")
                .contains("Báo cáo mới được tính thay cho bản gửi trước.")
                .contains("vanlam-v1.xlsx (#")
                // 99.9 meets the target that 99.5 missed
                .doesNotContain("<code>LIT_15_60.2015</code>");
    }

    @Test
    void aFileThatIsNoReportIsRejectedSayingWhichFileAndWhy() throws Exception {
        String page = html(form(notAWorkbook("ban-nhap.xlsx"),
                file("vanlam-2015-H2.xlsx", vanLam2015H2(LocalDate.of(2015, 12, 10), 99.9))));

        assertThat(page).contains("Không lưu tệp ban-nhap.xlsx vì không đọc được báo cáo từ tệp")
                .contains("Tệp không phải là sổ tính Excel .xlsx hoặc đã bị hỏng")
                .contains("Tệp không được lưu. Hãy sửa tệp theo hướng dẫn trên rồi tải lên lại.")
                .contains("outcome-REJECTED")
                // the other file of the same upload is stored all the same
                .contains("outcome-STORED");
    }

    @Test
    void sendingTheFormWithoutAFileAsksForOne() throws Exception {
        String page = html(form(noFileChosen()));

        assertThat(page).contains("<h1>Tải báo cáo lên</h1>").contains("Chưa chọn tệp nào");
    }

    private String html(RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andReturn().getResponse().getContentAsString();
    }
}
