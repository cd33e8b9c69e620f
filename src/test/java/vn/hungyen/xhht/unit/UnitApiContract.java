package vn.hungyen.xhht.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import vn.hungyen.xhht.message.Language;
import vn.hungyen.xhht.plan.UnitKind;
import vn.hungyen.xhht.testing.NewInstallation;

/** The register in the database: seeded from rules/units.csv, edited through the API, used by the rules. */
abstract class UnitApiContract extends NewInstallation {

    @BeforeEach
    @AfterEach
    void newInstallation() {
    }

    @Test
    void theRegisterIsSeededFromUnitsCsvInItsOrder() throws Exception {
        mvc.perform(get("/api/units"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(30))
                .andExpect(jsonPath("$[0].code").value("BCD_TINH"))
                .andExpect(jsonPath("$[1].code").value("SO_GDDT"))
                .andExpect(jsonPath("$[29].code").value("H_PHUCU"));
        assertThat(rules.register().all()).hasSize(30);
    }

    @Test
    void oneUnitInTheRequestsLanguage() throws Exception {
        mvc.perform(get("/api/units/H_VANLAM"))
                .andExpect(jsonPath("$.name").value("UBND huyện Văn Lâm"))
                .andExpect(jsonPath("$.displayName").value("UBND huyện Văn Lâm"))
                .andExpect(jsonPath("$.kind").value("DISTRICT"))
                .andExpect(jsonPath("$.kindLabel").value("Huyện, thành phố"));
        mvc.perform(get("/api/units/H_VANLAM").header("Accept-Language", "en-US,en;q=0.8"))
                .andExpect(jsonPath("$.displayName").value("Văn Lâm District People's Committee"))
                .andExpect(jsonPath("$.kindLabel").value("District"));
    }

    @Test
    void anUnknownUnitIsAProblem404() throws Exception {
        mvc.perform(get("/api/units/NO_SUCH").param("lang", "en"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail").value("There is no unit NO_SUCH in the register."));
    }

    @Test
    void editingAUnitChangesTheRulesRegisterAndIsNeverOverwrittenBySeeding() throws Exception {
        mvc.perform(put("/api/units/SO_TC").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Sở Tài chính tỉnh Hưng Yên\",\"nameEn\":\"Finance\",\"kind\":\"DEPARTMENT\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Sở Tài chính tỉnh Hưng Yên"));
        assertThat(rules.register().find("SO_TC").orElseThrow().name()).isEqualTo("Sở Tài chính tỉnh Hưng Yên");
        assertThat(rules.texts(Language.VI).names().unit("SO_TC"))
                .isEqualTo("Sở Tài chính tỉnh Hưng Yên");

        // what a restart does: units.csv only adds the units the register lacks
        rules.afterPropertiesSet();
        assertThat(rules.register().find("SO_TC").orElseThrow().name()).isEqualTo("Sở Tài chính tỉnh Hưng Yên");
    }

    @Test
    void aNewUnitIsCreatedAndTheRulesOweItReports() throws Exception {
        mvc.perform(put("/api/units/SO_YT").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Sở Y tế\",\"nameEn\":\"Department of Health\",\"kind\":\"department\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/units/SO_YT"))
                .andExpect(jsonPath("$.kind").value("DEPARTMENT"));
        assertThat(rules.register().find("SO_YT")).isPresent();
        assertThat(rules.pack().codes().isUnit("SO_YT")).isTrue();
        // a department under IV.8 owes the standing duties of every department
        assertThat(rules.obligations().duties()).anyMatch(d -> d.unit().equals("SO_YT"));
        mvc.perform(get("/api/units")).andExpect(jsonPath("$[30].code").value("SO_YT"));
        // the findings were judged again with the new register: it has sent no report
        mvc.perform(get("/api/findings").param("unit", "SO_YT").param("kind", "MISSING_REPORT"))
                .andExpect(jsonPath("$.total").value(5));
    }

    @Test
    void badEditsAreProblems400() throws Exception {
        mvc.perform(put("/api/units/so-yt").contentType(MediaType.APPLICATION_JSON).param("lang", "en")
                        .content("{\"name\":\"Sở Y tế\",\"kind\":\"DEPARTMENT\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(startsWith("Unit code \"so-yt\" cannot be used")));
        mvc.perform(put("/api/units/SO_YT").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\" \",\"kind\":\"DEPARTMENT\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(put("/api/units/SO_YT").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Sở Y tế\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(put("/api/units/SO_YT").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Sở Y tế\",\"kind\":\"HOSPITAL\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(rules.register().find("SO_YT")).isEmpty();
        assertThat(UnitKind.values()).hasSize(5);
    }
}
