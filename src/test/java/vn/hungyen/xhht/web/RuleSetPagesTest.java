package vn.hungyen.xhht.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.hungyen.xhht.ruleset.RuleFiles;
import vn.hungyen.xhht.testing.AppTest;
import vn.hungyen.xhht.testing.RuleFolder;

/**
 * The rule set pages over HTTP (the browser journey is RuleEditorBrowserTest): the list on /rules, a draft opened,
 * a broken save shown at its line, the diff, submission by one author and approval by another; the editor's
 * scripts served from the webjar.
 */
@AppTest
class RuleSetPagesTest {

    private static final RuleFolder FOLDER = RuleFolder.copy();
    private static final RequestPostProcessor A = user("author-a").roles("RULE_AUTHOR");
    private static final RequestPostProcessor B = user("author-b").roles("RULE_AUTHOR");

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void ruleFolder(DynamicPropertyRegistry registry) {
        FOLDER.use(registry);
    }

    @Test
    void aDraftIsOpenedEditedSubmittedAndApprovedOnThePages() throws Exception {
        assertThat(html(get("/rules").param("lang", "en").with(A)))
                .contains("Rule sets").contains("Four eyes:").contains("the rule folder of a new database")
                .contains("action=\"/rules/sets\"").contains("action=\"/rules/sets/import\"");

        String location = mvc.perform(post("/rules/sets").param("reason", "README example").param("lang", "en").with(A))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/rules/sets/\\d+\\?lang=en");
        String draft = location.replaceAll("\\D+(\\d+)\\D.*", "$1");
        String page = html(get(location).with(A));
        assertThat(page).contains("<h1><span>Rule set " + draft + "</span>")
                .contains("id=\"editor-text\"").contains("data-path=\"targets/training.drl\"")
                .containsPattern("/webjars/codemirror/[0-9.]+/lib/codemirror.js").contains("/js/rule-editor.js")
                .contains("README example").contains("No difference from the rule set in use.");
        String training = new String(mvc.perform(get("/api/rules/versions/" + draft + "/file")
                .param("path", "targets/training.drl")).andReturn().getResponse().getContentAsByteArray(),
                StandardCharsets.UTF_8);

        String broken = html(post("/rules/sets/" + draft + "/save").param("lang", "en").with(A)
                .param("path", "targets/training.drl").param("text", training.replace(
                        "@citation(\"II.1.c\") @severity(\"HIGH\")\nwhen\n    $u : Unit( code == \"SO_NV\" )",
                        "@citation(\"II.1.c\") @severity(\"HIGH\") xyz\nwhen\n    $u : Unit( code == \"SO_NV\" )")));
        assertThat(broken).contains("Saved; it does not compile:").contains("<td class=\"number\">15</td>")
                .contains("data-errors=\"15:");

        String fixed = html(post("/rules/sets/" + draft + "/save").param("lang", "en").with(A)
                .param("path", "targets/training.drl")
                .param("text", training.replace("\"RURAL_CLC\", 2020, 80", "\"RURAL_CLC\", 2020, 81")));
        assertThat(fixed).contains("Saved; it compiles.").doesNotContain("data-errors=\"15:")
                .doesNotContain("does not compile")
                .contains("class=\"del\">-     insert( Target.atLeast( kcontext, $u, &quot;RURAL_CLC&quot;, 2020, 80 ) );</span>")
                .contains("class=\"add\">+     insert( Target.atLeast( kcontext, $u, &quot;RURAL_CLC&quot;, 2020, 81 ) );</span>");

        assertThat(html(post("/rules/sets/" + draft + "/submit").param("lang", "en").with(A)))
                .contains("Submitted: a second rule author must now approve it.").contains("Submitted by author-a");
        assertThat(html(post("/rules/sets/" + draft + "/activate").param("lang", "en").with(A)))
                .contains("Not activated: you submitted this rule set");
        assertThat(html(post("/rules/sets/" + draft + "/activate").param("lang", "en").with(B)))
                .contains("are active (they replace").contains("Approved and activated by author-b");

        mvc.perform(get("/webjars/codemirror/lib/codemirror.js")).andExpect(status().isOk());
        mvc.perform(get("/webjars/codemirror/addon/mode/simple.js")).andExpect(status().isOk());
    }

    @Test
    void aZipImportedOnThePageIsADraft() throws Exception {
        byte[] zip = RuleFiles.read(FOLDER.dir()).zip();
        String location = mvc.perform(multipart("/rules/sets/import").file(new MockMultipartFile("file", "rules.zip",
                        "application/zip", zip)).param("reason", "from git").with(A))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(html(get(location).param("lang", "en").with(A))).contains("imported from a zip").contains("from git")
                .contains("No difference from the rule set in use.");
    }

    private String html(RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
