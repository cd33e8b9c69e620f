package vn.hungyen.xhht.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.hungyen.xhht.testing.Database;
import vn.hungyen.xhht.testing.RuleFolder;
import vn.hungyen.xhht.unit.RuleBook;

/**
 * Rule sets as stored versions, with four eyes (the default): a new database seeds version 1 from the rule folder;
 * a draft is opened, edited file by file (errors at their line), compared, previewed, submitted by one rule author
 * and approved by another; rollback is the same path; a version goes out as a zip and comes back. Each test starts
 * with the seeded version in use and no report.
 */
abstract class RuleVersionsContract {

    static final RuleFolder FOLDER = RuleFolder.copy();
    static final String BASELINE = FOLDER.original();
    static final RequestPostProcessor AUTHOR_A = user("author-a").roles("RULE_AUTHOR");
    static final RequestPostProcessor AUTHOR_B = user("author-b").roles("RULE_AUTHOR");
    static final String TRAINING = "targets/training.drl";
    static final String TRAINING_SCENARIOS = "scenarios/targets/training.yaml";

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
    }

    /** The seed back in use, the way a rule author would bring it back (submitted by one, approved by another). */
    @BeforeEach
    void theSeedInUseAndNoReport() {
        long seed = seed();
        if (ruleSets.active().map(RuleVersion::id).orElse(-1L) != seed) {
            jdbc.sql("update rule_set_version set status = 'SUBMITTED', submitted_by = 'restorer' where id = ?")
                    .param(seed).update();
            assertThat(ruleSets.activate(seed, "API", "tester").activation().outcome())
                    .isEqualTo(Activation.Outcome.ACTIVATED);
        }
        Database.reset(jdbc, rules);
    }

    private long seed() {
        return jdbc.sql("select id from rule_set_version where origin = 'SEED'").query(Long.class).single();
    }

    @Test
    void aNewDatabaseSeedsVersionOneFromTheFolderAndLogsIt() throws Exception {
        mvc.perform(get("/api/rules/versions"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.origin == 'SEED')].active").value(hasItem(true)))
                .andExpect(jsonPath("$[?(@.origin == 'SEED')].status").value(hasItem("ACTIVATED")));
        mvc.perform(get("/api/rules/versions/" + seed()))
                .andExpect(jsonPath("$.files").value(hasItem(TRAINING)))
                .andExpect(jsonPath("$.files").value(hasItem(TRAINING_SCENARIOS)))
                .andExpect(jsonPath("$.files").value(hasItem("names_vi.properties")))
                .andExpect(jsonPath("$.files").value(hasItem("units.csv")))
                .andExpect(jsonPath("$.files").value(hasItem("plan-text.yaml")));
        assertThat(jdbc.sql("select count(*) from rule_activation where requested_by = 'START' and outcome = 'ACTIVATED' "
                + "and rule_set_id = ?").param(seed()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aDraftIsEditedWithErrorsAtTheirLineSubmittedByOneAuthorAndActivatedByAnother() throws Exception {
        mvc.perform(multipart("/api/reports").file(KnownChange.vanLamReport())).andExpect(status().isOk());
        long draft = open(AUTHOR_A, null, "RURAL_CLC 2015 at 55");
        String training = text(draft, TRAINING);

        // a typo: saved, with its error at its line; nothing in use changes
        String broken = training.replace("rule \"PD_TRAINED_STD.2015\"\n    @citation(\"II.1.c\") @severity(\"HIGH\")",
                "rule \"PD_TRAINED_STD.2015\"\n    @citation(\"II.1.c\") @severity(\"HIGH\") xyz");
        save(AUTHOR_A, draft, TRAINING, broken)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rulesVersion").doesNotExist())
                .andExpect(jsonPath("$.errors[0].file").value(TRAINING))
                .andExpect(jsonPath("$.errors[0].line").value(15));
        assertThat(rules.version()).isEqualTo(BASELINE);

        // the README's example, and the two scenarios it breaks, in the same draft
        save(AUTHOR_A, draft, TRAINING, training.replace("\"RURAL_CLC\", 2015, 60", "\"RURAL_CLC\", 2015, 55"))
                .andExpect(jsonPath("$.errors.length()").value(0));
        mvc.perform(post("/api/rules/versions/" + draft + "/submit").with(AUTHOR_A).param("lang", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.failedScenarios[*].file").value(hasItem(TRAINING_SCENARIOS)));
        save(AUTHOR_A, draft, TRAINING_SCENARIOS, text(draft, TRAINING_SCENARIOS)
                .replace("RURAL_CLC: 57.4", "RURAL_CLC: 54.4").replace("RURAL_CLC: 59", "RURAL_CLC: 54"))
                .andExpect(jsonPath("$.errors.length()").value(0));

        mvc.perform(get("/api/rules/versions/" + draft + "/diff"))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].path").value(TRAINING_SCENARIOS))
                .andExpect(jsonPath("$[1].path").value(TRAINING))
                .andExpect(jsonPath("$[1].lines[?(@.kind == '-')].text").value(hasItem(containsString("2015, 60"))))
                .andExpect(jsonPath("$[1].lines[?(@.kind == '+')].text").value(hasItem(containsString("2015, 55"))));
        mvc.perform(post("/api/rules/versions/" + draft + "/preview").with(AUTHOR_A))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ruleSet").value(draft))
                .andExpect(jsonPath("$.candidate.scenarios[?(@.passed == false)]").isEmpty());

        // four eyes: the author may not approve it, nor activate a draft not submitted
        mvc.perform(post("/api/rules/versions/" + draft + "/activate").with(AUTHOR_B).param("lang", "en"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.activation.outcome").value("REFUSED_NOT_SUBMITTED"));
        mvc.perform(post("/api/rules/versions/" + draft + "/submit").with(AUTHOR_A))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.submittedBy").value("author-a"));
        save(AUTHOR_A, draft, TRAINING, training).andExpect(status().isConflict());
        mvc.perform(post("/api/rules/versions/" + draft + "/activate").with(AUTHOR_A).param("lang", "en"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("You submitted rule set " + draft
                        + ": a second rule author must approve it. The rules in use stay active."));
        assertThat(rules.version()).isEqualTo(BASELINE);

        String activated = JsonPath.read(mvc.perform(post("/api/rules/versions/" + draft + "/activate").with(AUTHOR_B))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("ACTIVATED"))
                .andExpect(jsonPath("$.ruleSet").value(draft))
                .andReturn().getResponse().getContentAsString(), "$.version");
        assertThat(rules.version()).isEqualTo(activated).isNotEqualTo(BASELINE);
        mvc.perform(get("/api/rules/versions/" + draft))
                .andExpect(jsonPath("$.version.active").value(true))
                .andExpect(jsonPath("$.version.status").value("ACTIVATED"))
                .andExpect(jsonPath("$.version.approvedBy").value("author-b"));
        List<String> steps = jdbc.sql("select action || ' ' || actor from audit_event where subject = ? order by id")
                .param("rule set " + draft).query(String.class).list();
        assertThat(steps).startsWith("RULES_DRAFT_OPENED author-a").contains("RULES_DRAFT_SAVED author-a",
                "RULES_SUBMITTED author-a");
        assertThat(jdbc.sql("select actor from audit_event where action = 'RULES_CHANGED' and rules_version = ?")
                .param(activated).query(String.class).list()).containsExactly("author-b");
    }

    @Test
    void rollbackIsADraftOfAnEarlierVersionSubmittedAndApproved() throws Exception {
        long lowered = open(AUTHOR_A, null, "lower");
        save(AUTHOR_A, lowered, "targets/literacy.drl", text(lowered, "targets/literacy.drl")
                .replace("\"LIT_15_35\", 2015, 99.90", "\"LIT_15_35\", 2015, 99.99"));
        submitAndApprove(lowered);
        String changed = rules.version();
        assertThat(changed).isNotEqualTo(BASELINE);

        long back = open(AUTHOR_B, seed(), "roll back to the seed");
        mvc.perform(get("/api/rules/versions/" + back + "/diff"))
                .andExpect(jsonPath("$[0].path").value("targets/literacy.drl"));
        mvc.perform(post("/api/rules/versions/" + back + "/submit").with(AUTHOR_B)).andExpect(status().isOk());
        mvc.perform(post("/api/rules/versions/" + back + "/activate").with(AUTHOR_A)).andExpect(status().isOk());

        assertThat(rules.version()).isEqualTo(BASELINE);
        mvc.perform(get("/api/rules/versions/" + back)).andExpect(jsonPath("$.version.basedOn").value(seed()));
    }

    @Test
    void aVersionGoesOutAsAZipOfItsFolderAndComesBackAsADraft() throws Exception {
        byte[] zip = mvc.perform(get("/api/rules/versions/" + seed() + "/zip"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("rules-" + seed() + "-")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(RuleFiles.unzip(zip).hash()).isEqualTo(RuleFiles.read(FOLDER.dir()).hash());

        mvc.perform(multipart("/api/rules/versions/import")
                        .file(new MockMultipartFile("file", "rules.zip", "application/zip", zip)).with(AUTHOR_A))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.origin").value("IMPORT"))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.rulesVersion").value(BASELINE))
                .andExpect(jsonPath("$.createdBy").value("author-a"));
        mvc.perform(multipart("/api/rules/versions/import").param("lang", "en")
                        .file(new MockMultipartFile("file", "rules.zip", "application/zip", "not a zip".getBytes()))
                        .with(AUTHOR_A))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The file is not a zip of a rule folder."));
    }

    @Test
    void badRequestsGetWords() throws Exception {
        long draft = open(AUTHOR_A, null, "");
        save(AUTHOR_A, draft, "../etc/passwd", "x").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("không thể là tên một tệp quy tắc")));
        mvc.perform(get("/api/rules/versions/999999").param("lang", "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("There is no rule set 999999."));
        mvc.perform(get("/api/rules/versions/" + draft + "/file").param("path", "nope.drl").param("lang", "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Rule set " + draft + " has no file nope.drl."));
        mvc.perform(put("/api/rules/versions/" + draft + "/file").param("path", "x.drl")
                        .with(user("auditor").roles("AUDITOR")).contentType(MediaType.TEXT_PLAIN).content("x"))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/rules/versions/" + draft + "/file").param("path", "names_en.properties").with(AUTHOR_A))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.errors.length()").value(0));
        mvc.perform(get("/api/rules/versions/" + draft)).andExpect(jsonPath("$.files").value(
                org.hamcrest.Matchers.not(hasItem("names_en.properties"))));
        mvc.perform(delete("/api/rules/versions/" + draft + "/file").param("path", "names_en.properties")
                        .with(AUTHOR_A))
                .andExpect(status().isNotFound());
    }

    private void submitAndApprove(long id) throws Exception {
        mvc.perform(post("/api/rules/versions/" + id + "/submit").with(AUTHOR_A)).andExpect(status().isOk());
        mvc.perform(post("/api/rules/versions/" + id + "/activate").with(AUTHOR_B)).andExpect(status().isOk());
    }

    long open(RequestPostProcessor who, Long from, String reason) throws Exception {
        String body = "{\"from\":" + from + ",\"reason\":\"" + reason + "\"}";
        Number id = JsonPath.read(mvc.perform(post("/api/rules/versions").with(who)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andReturn().getResponse().getContentAsString(), "$.id");
        return id.longValue();
    }

    String text(long id, String path) throws Exception {
        return mvc.perform(get("/api/rules/versions/" + id + "/file").param("path", path))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    org.springframework.test.web.servlet.ResultActions save(RequestPostProcessor who, long id, String path, String text)
            throws Exception {
        return mvc.perform(put("/api/rules/versions/" + id + "/file").param("path", path).with(who)
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8)).content(text));
    }
}
