package vn.hungyen.xhht.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import vn.hungyen.xhht.engine.Target;
import vn.hungyen.xhht.testing.RuleFolder;
import vn.hungyen.xhht.unit.RuleBook;

/**
 * The rule authors' API on a copy of rules/ ({@link RuleFolder}): preview, activation, refusals, the
 * activation log, catalog and coverage, as of 10/01/2016. Each test starts from the rule folder as rules/ is,
 * active, and a database with no report.
 */
abstract class RuleSetApiContract {

    static final RuleFolder FOLDER = RuleFolder.copy();
    static final String BASELINE = FOLDER.original();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuleBook rules;
    @Autowired
    RuleSets ruleSets;

    @DynamicPropertySource
    static void ruleFolder(DynamicPropertyRegistry registry) {
        FOLDER.use(registry);
        registry.add("xhht.rules.four-eyes", () -> "false"); // the folder's own checks; four eyes: RuleVersionsContract
    }

    @BeforeEach
    void theRulesOfTheFolderActiveAndNoReport() {
        FOLDER.restore(jdbc, rules, ruleSets);
    }

    private void vanLamReported() throws Exception {
        mvc.perform(multipart("/api/reports").file(KnownChange.vanLamReport())).andExpect(status().isOk());
    }

    @Test
    void aBrokenRuleFileIsRefusedWithFileLineAndColumnAndTheOldRulesStay() throws Exception {
        vanLamReported();
        KnownChange.breakIt(FOLDER);

        mvc.perform(post("/api/rules/reload").param("lang", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("The rule folder does not compile; the rules in use ("
                        + BASELINE + ") stay active."))
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].file").value("targets/training.drl"))
                .andExpect(jsonPath("$.errors[0].line").value(15))
                .andExpect(jsonPath("$.errors[0].column").value(43))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("mismatched input 'xyz'")))
                .andExpect(jsonPath("$.activation.outcome").value("REFUSED_COMPILE"))
                .andExpect(jsonPath("$.activation.previousVersion").value(BASELINE));

        assertThat(rules.version()).isEqualTo(BASELINE);
        mvc.perform(get("/api/findings").param("ruleId", "LIT_15_60.2015"))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/api/evaluation")).andExpect(jsonPath("$.rulesVersion").value(BASELINE));
        mvc.perform(get("/api/rules/activations"))
                .andExpect(jsonPath("$[0].outcome").value("REFUSED_COMPILE"))
                .andExpect(jsonPath("$[0].requestedBy").value("API"))
                .andExpect(jsonPath("$[0].version").value(nullValue()))
                .andExpect(jsonPath("$[0].detail").value(containsString("targets/training.drl:15:43: [ERR 102]")));
        mvc.perform(post("/api/rules/preview"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.candidate.version").value(nullValue()))
                .andExpect(jsonPath("$.candidate.errors[0].line").value(15))
                .andExpect(jsonPath("$.added.length()").value(0));
    }

    @Test
    void thePreviewIsExactOnAKnownChangeAndActivatingItShowsInTheNextCheck() throws Exception {
        vanLamReported();
        KnownChange.apply(FOLDER);

        String preview = mvc.perform(post("/api/rules/preview").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.activeVersion").value(BASELINE))
                .andExpect(jsonPath("$.candidate.version").value(not(BASELINE)))
                .andExpect(jsonPath("$.candidate.errors.length()").value(0))
                .andExpect(jsonPath("$.candidate.scenarios[?(@.missing.length() > 0)]").isEmpty())
                .andExpect(jsonPath("$.asOf").value("2016-01-10"))
                .andExpect(jsonPath("$.reports").value(1))
                .andExpect(jsonPath("$.added.length()").value(1))
                .andExpect(jsonPath("$.added[0].key").value(KnownChange.ADDED))
                .andExpect(jsonPath("$.added[0].severityBefore").value(nullValue()))
                .andExpect(jsonPath("$.added[0].severityAfter").value("HIGH"))
                .andExpect(jsonPath("$.added[0].message").value(containsString("99.99")))
                .andExpect(jsonPath("$.removed.length()").value(1))
                .andExpect(jsonPath("$.removed[0].key").value(KnownChange.REMOVED))
                .andExpect(jsonPath("$.removed[0].severityBefore").value("MEDIUM"))
                .andExpect(jsonPath("$.removed[0].severityAfter").value(nullValue()))
                .andExpect(jsonPath("$.severityChanged.length()").value(1))
                .andExpect(jsonPath("$.severityChanged[0].key").value(KnownChange.CHANGED))
                .andExpect(jsonPath("$.severityChanged[0].severityBefore").value("HIGH"))
                .andExpect(jsonPath("$.severityChanged[0].severityAfter").value("MEDIUM"))
                .andReturn().getResponse().getContentAsString();
        String candidate = JsonPath.read(preview, "$.candidate.version");

        // a preview changes nothing
        assertThat(rules.version()).isEqualTo(BASELINE);
        mvc.perform(get("/api/findings").param("ruleId", "LIT_15_35.2015")).andExpect(jsonPath("$.total").value(0));

        mvc.perform(post("/api/rules/reload").param("version", candidate))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("ACTIVATED"))
                .andExpect(jsonPath("$.version").value(candidate))
                .andExpect(jsonPath("$.previousVersion").value(BASELINE));

        assertThat(rules.version()).isEqualTo(candidate);
        mvc.perform(get("/api/findings").param("ruleId", "LIT_15_35.2015")).andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/api/findings").param("ruleId", "HU_FIN_PROPOSAL")).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/findings").param("ruleId", "LIT_15_60.2015"))
                .andExpect(jsonPath("$.items[0].severity").value("MEDIUM"));
        mvc.perform(get("/api/evaluation")).andExpect(jsonPath("$.rulesVersion").value(candidate));
        // every finding that stands was found by the new rules; the one they no longer make is resolved
        assertThat(jdbc.sql("select distinct rules_version from finding where review_status <> 'RESOLVED'")
                .query(String.class).list()).containsExactly(candidate);
        mvc.perform(get("/api/findings").param("ruleId", "HU_FIN_PROPOSAL").param("status", "RESOLVED"))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(post("/api/rules/reload")).andExpect(jsonPath("$.outcome").value("UNCHANGED"));
    }

    @Test
    void activatingAFolderThatChangedSinceItsPreviewIsAConflict() throws Exception {
        KnownChange.apply(FOLDER);
        String previewed = ruleSets.candidate().version();
        FOLDER.edit("targets/training.drl", "\"RURAL_CLC\", 2020, 80", "\"RURAL_CLC\", 2020, 81");

        mvc.perform(post("/api/rules/reload").param("version", previewed).param("lang", "en"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("previewed " + previewed)))
                .andExpect(jsonPath("$.activation.outcome").value("REFUSED_CHANGED"));
        assertThat(rules.version()).isEqualTo(BASELINE);
    }

    @Test
    void aRuleSetThatFailsAScenarioIsRefusedNamingTheScenario() throws Exception {
        FOLDER.edit("targets/training.drl", "\"RURAL_CLC\", 2015, 60", "\"RURAL_CLC\", 2015, 55");

        mvc.perform(post("/api/rules/reload").param("lang", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("A scenario of the rule folder fails; the rules in use ("
                        + BASELINE + ") stay active."))
                .andExpect(jsonPath("$.activation.outcome").value("REFUSED_SCENARIOS"))
                .andExpect(jsonPath("$.failedScenarios[*].name").value(hasItem(
                        "Rural workers at community learning centres below 60% in 2015")))
                .andExpect(jsonPath("$.failedScenarios[0].file").value("scenarios/targets/training.yaml"))
                .andExpect(jsonPath("$.activation.detail").value(containsString(
                        "expected, not found: UNMET_TARGET rule=RURAL_CLC.2015 unit=H_KHOAICHAU")));
        assertThat(rules.version()).isEqualTo(BASELINE);
    }

    @Test
    void aRegisterEditRecompilesTheActiveRulesNotTheFoldersUnactivatedEdits() throws Exception {
        FOLDER.edit("targets/literacy.drl", "\"LIT_15_35\", 2015, 99.90", "\"LIT_15_35\", 2015, 99.99");

        mvc.perform(put("/api/units/SO_YT").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Sở Y tế\",\"kind\":\"DEPARTMENT\"}"))
                .andExpect(status().isCreated());

        assertThat(rules.register().find("SO_YT")).isPresent();
        assertThat(rules.obligations().targets()).filteredOn(t -> t.ruleId().equals("LIT_15_35.2015"))
                .extracting(Target::threshold).containsOnly(99.90);
    }

    @Test
    void theCatalogGivesEachRuleWithThePlansWordsItsDrlAndHowOftenItFired() throws Exception {
        vanLamReported();

        mvc.perform(get("/api/rules").param("clause", "II.1").param("unit", "h_vanlam").param("code", "lit_15_60"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value("LIT_15_60.2015"))
                .andExpect(jsonPath("$[0].kind").value("TARGET"))
                .andExpect(jsonPath("$[0].citation").value("II.1.a"))
                .andExpect(jsonPath("$[0].severity").value("HIGH"))
                .andExpect(jsonPath("$[0].file").value("targets/literacy.drl"))
                .andExpect(jsonPath("$[0].line").value(17))
                .andExpect(jsonPath("$[0].owners").value(hasItem("SO_GDDT")))
                .andExpect(jsonPath("$[0].owners.length()").value(11))
                .andExpect(jsonPath("$[0].codes[0]").value("LIT_15_60"))
                .andExpect(jsonPath("$[0].terms[0]").value("≥ 99.8 (2015)"))
                .andExpect(jsonPath("$[0].quotes[0].clause").value("II.1.a"))
                .andExpect(jsonPath("$[0].quotes[0].text").value(containsString(
                        "Trên 99,80% người trong độ tuổi từ 15 đến 60")))
                .andExpect(jsonPath("$[0].source").value(containsString(
                        "insert( Target.atLeast( kcontext, $u, \"LIT_15_60\", 2015, 99.80 ) );")))
                .andExpect(jsonPath("$[0].fired").value(1));
        mvc.perform(get("/api/rules/PL13"))
                .andExpect(jsonPath("$.kind").value("DUTY"))
                .andExpect(jsonPath("$.quotes[*].clause").value(org.hamcrest.Matchers.contains("PL 13", "V.4")))
                .andExpect(jsonPath("$.terms[0]").value("2015-09-30"));
        mvc.perform(get("/api/rules/CHECK.OVERDUE"))
                .andExpect(jsonPath("$.kind").value("CHECK"))
                .andExpect(jsonPath("$.fired").value(nullValue()));
        mvc.perform(get("/api/rules").param("code", "PL0"))
                .andExpect(jsonPath("$.length()").value(10)); // PL01, PL02, PL03 (two rules), PL04 to PL09
        mvc.perform(get("/api/rules/NO_SUCH").param("lang", "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("There is no rule NO_SUCH in the active rule set."));
    }

    @Test
    void theCoverageReportListsThePlansKnownIssues() throws Exception {
        mvc.perform(get("/api/rules/report").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(BASELINE))
                .andExpect(jsonPath("$.catalogFound").value(true))
                .andExpect(jsonPath("$.catalogGaps.length()").value(0))
                .andExpect(jsonPath("$.rulesWithoutScenario.length()").value(0))
                .andExpect(jsonPath("$.knownIssues[1].reading").value(2))
                .andExpect(jsonPath("$.knownIssues[1].rules[0]").value("LIT_15_60.2020"));
    }
}
