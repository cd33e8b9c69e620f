package vn.hungyen.xhht.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import vn.hungyen.xhht.ruleset.RuleSets;
import vn.hungyen.xhht.testing.AppTest;
import vn.hungyen.xhht.testing.RuleFolder;
import vn.hungyen.xhht.unit.RuleBook;

/**
 * The rule authors' pages over HTTP, on a copy of rules/: edit, preview, activate; a broken file; the catalog
 * and the coverage report, in Vietnamese and English.
 */
@AppTest
class RulePagesTest {

    private static final RuleFolder FOLDER = RuleFolder.copy();
    private static final String BASELINE = FOLDER.original();

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
    void theRulesOfTheFolderActiveAndKhoaiChauReported() throws Exception {
        FOLDER.restore(jdbc, rules, ruleSets);
        mvc.perform(multipart("/api/reports").file(PageUploads.file("khoaichau.xlsx",
                vn.hungyen.xhht.testing.WorkbookBuilder.report("H_KHOAICHAU", "2015-H2", LocalDate.of(2015, 12, 10))
                        .indicator("RURAL_CLC", 2015, 57.4)))).andExpect(status().isOk());
    }

    @Test
    void theAuthoringPageShowsTheActiveRulesTheStepsAndTheLog() throws Exception {
        String page = html(get("/rules"));

        assertThat(page).contains("<h1>Quy tắc</h1>")
                .contains("<a href=\"/rules\" aria-current=\"page\" class=\"active\">Quy tắc</a>")
                .contains("<code class=\"hash active-version\">" + BASELINE + "</code>")
                .contains("action=\"/rules/preview\"")
                .contains("Kiểm tra và xem trước thư mục quy tắc")
                .contains("href=\"/rules/catalog\"").contains("href=\"/rules/coverage\"");
    }

    @Test
    void editPreviewThenActivate() throws Exception {
        FOLDER.edit("targets/training.drl", "\"RURAL_CLC\", 2015, 60", "\"RURAL_CLC\", 2015, 57")
                .edit("scenarios/targets/training.yaml", "RURAL_CLC: 57.4", "RURAL_CLC: 56.9")
                .edit("scenarios/targets/training.yaml", "RURAL_CLC: 59", "RURAL_CLC: 56");

        String preview = html(post("/rules/preview").param("lang", "en"));

        assertThat(preview).contains("<h2>Preview</h2>")
                .contains("no finding added").contains("1 finding removed").contains("no severity changed")
                .contains("Findings that would disappear (1)")
                .contains("<code>RURAL_CLC.2015</code>").contains("<code>H_KHOAICHAU</code>")
                .doesNotContain("does not compile").doesNotContain("scenario fails");
        Matcher version = Pattern.compile("name=\"version\" value=\"([0-9a-f]{12})\"").matcher(preview);
        assertThat(version.find()).isTrue();
        assertThat(rules.version()).isEqualTo(BASELINE);

        String activated = html(post("/rules/activate").param("version", version.group(1)).param("lang", "en"));

        assertThat(activated).contains("Rules " + version.group(1) + " are active (they replace " + BASELINE + ")")
                .contains("<td>Activated</td>");
        assertThat(rules.version()).isEqualTo(version.group(1));
        assertThat(html(get("/findings").param("ruleId", "RURAL_CLC.2015").param("lang", "en")))
                .contains(version.group(1)).contains("No findings");
        long report = jdbc.sql("select id from report").query(Long.class).single();
        assertThat(html(get("/reports/" + report).param("lang", "en")))
                .contains("Found by rules " + version.group(1) + ", as of 10/01/2016.");
    }

    @Test
    void aBrokenFileIsShownWithFileLineAndColumnAndNothingIsActivated() throws Exception {
        FOLDER.edit("targets/training.drl", "@citation(\"II.1.c\") @severity(\"HIGH\")\nwhen\n    $u : Unit( code == \"SO_NV\" )\nthen\n    insert( Target.atLeast( kcontext, $u, \"PD_TRAINED_STD\", 2015, 100 ) );",
                "@citation(\"II.1.c\") @severity(\"HIGH\") xyz\nwhen\n    $u : Unit( code == \"SO_NV\" )\nthen\n    insert( Target.atLeast( kcontext, $u, \"PD_TRAINED_STD\", 2015, 100 ) );");

        String preview = html(post("/rules/preview"));
        assertThat(preview).contains("Bộ quy tắc không biên dịch được. Bộ quy tắc đang dùng được giữ nguyên.")
                .contains("<td><code>targets/training.drl</code></td>")
                .contains("<td class=\"number\">15</td>").contains("<td class=\"number\">43</td>")
                .contains("mismatched input &#39;xyz&#39;")
                .doesNotContain("name=\"version\"");

        String refused = html(post("/rules/activate"));
        assertThat(refused).contains("Không kích hoạt: bộ quy tắc không biên dịch được. Bộ quy tắc " + BASELINE
                + " được giữ nguyên.");
        assertThat(rules.version()).isEqualTo(BASELINE);
    }

    @Test
    void theCatalogQuotesThePlanShowsTheDrlAndCountsFindings() throws Exception {
        String page = html(get("/rules/catalog").param("clause", "II.1.c").param("code", "RURAL").param("lang", "en"));

        assertThat(page).contains("<h1>Rule catalog</h1>").contains("1 rule")
                .contains("<code>RURAL_CLC.2015</code>")
                .contains("<dd>II.1.c</dd>")
                .contains("<code>targets/training.drl:")
                .contains("60% lao động nông thôn tham gia học tập")
                .contains("insert( Target.atLeast( kcontext, $u, &quot;RURAL_CLC&quot;, 2015, 60 ) );")
                .contains("1 finding")
                .contains("≥ 60 (2015)");
        assertThat(html(get("/rules/catalog").param("unit", "H_KHOAICHAU")))
                .contains("<code>PL02</code>").doesNotContain("<code>OFF_IT.2015</code>");
    }

    @Test
    void theCoveragePageListsThePlansKnownIssues() throws Exception {
        String page = html(get("/rules/coverage").param("lang", "en"));

        assertThat(page).contains("<h1>Coverage and lint</h1>")
                .contains("Catalog items with no rule (0):")
                .contains("Rules no scenario tests (0):")
                .contains("Known issues of the plan, from the catalog&#39;s readings (20):")
                .contains("Reading 2")
                .contains("href=\"/rules/catalog?lang=en&amp;code=LIT_15_60.2020\"");
        assertThat(html(get("/rules/coverage"))).contains("<h1>Độ bao phủ và kiểm tra</h1>").contains("Cách đọc 2");
    }

    private String html(RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
