package vn.hungyen.xhht.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.hungyen.xhht.message.Language;
import vn.hungyen.xhht.message.Messages;
import vn.hungyen.xhht.system.ApiException;
import vn.hungyen.xhht.security.Permissions;
import vn.hungyen.xhht.testing.SignedInTester;

/** The endpoint with the application's web setup (language, problem details) and the real rules. */
@WebMvcTest(TemplateController.class)
@Import({SignedInTester.class, Permissions.class})
class TemplateControllerTest {

    @TestConfiguration
    static class Rules {

        @Bean
        TemplateSource templateSource() {
            return Templates.source();
        }
    }

    @Autowired
    MockMvc mvc;

    @Test
    void downloadsTheTemplateAsAnXlsxAttachment() throws Exception {
        byte[] body = mvc.perform(get("/api/templates/H_VANLAM/2015-H2"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(TemplateController.XLSX))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"h-vanlam-2015-H2.xlsx\""))
                .andReturn().getResponse().getContentAsByteArray();

        try (XSSFWorkbook workbook = Templates.open(body)) {
            assertThat(workbook.getSheet(Contract.INFO).getRow(0).getCell(1).getStringCellValue())
                    .isEqualTo("H_VANLAM");
            assertThat(workbook.getSheet(Contract.INDICATORS).getLastRowNum()).isEqualTo(9);
        }
    }

    @Test
    void takesUnitAndPeriodInAnyCase() throws Exception {
        mvc.perform(get("/api/templates/{unit}/{period}", "so_nv", "2020-h1"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"so-nv-2020-H1.xlsx\""));
    }

    @Test
    void writesTheGuideInTheRequestedLanguage() throws Exception {
        byte[] body = mvc.perform(get("/api/templates/H_VANLAM/2015-H1").param("lang", "en"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        try (XSSFWorkbook workbook = Templates.open(body)) {
            assertThat(workbook.getSheet(Contract.GUIDE).getRow(0).getCell(0).getStringCellValue())
                    .startsWith("Report template for the first half of 2015");
        }
    }

    @Test
    void anUnknownUnitIsNotFoundAsAProblemDetail() throws Exception {
        mvc.perform(get("/api/templates/H_NOWHERE/2015-H2"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail").value("Không có đơn vị mã “H_NOWHERE” trong danh sách đơn vị."));
    }

    @Test
    void aPeriodThatCannotBeReadIsABadRequestAsAProblemDetail() throws Exception {
        mvc.perform(get("/api/templates/H_VANLAM/2015-H3").param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail").value("“2015-H3” is not a report period; write it as 2015-H1 or 2015-H2."));
    }

    @Test
    void aProblemIsStillAProblemDetailWhenTheClientAskedForTheWorkbook() throws Exception {
        mvc.perform(get("/api/templates/H_NOWHERE/2015-H2").accept(TemplateController.XLSX))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").exists());
    }

    @Test
    void withoutRulesWiredTheEndpointSaysSoRatherThanStoppingTheApplication() {
        TemplateController unwired = new TemplateController(new StaticListableBeanFactory()
                .getBeanProvider(TemplateSource.class));

        assertThatThrownBy(() -> unwired.template("H_VANLAM", "2015-H2", Language.VI))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
                    assertThat(Messages.of(Language.VI).text(e.key())).contains("bộ quy tắc");
                });
    }
}
