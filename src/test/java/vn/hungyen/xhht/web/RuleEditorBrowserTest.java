package vn.hungyen.xhht.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.hungyen.xhht.XhhtCheckerApplication;
import vn.hungyen.xhht.testing.RuleFolder;
import vn.hungyen.xhht.testing.TestUsers;
import vn.hungyen.xhht.unit.RuleBook;

/**
 * The README's rule-editing example in a real browser, with four eyes: author A opens a draft on /rules, types a
 * typo into targets/training.drl and sees it at its line with nothing changed, then lowers RURAL_CLC 2015 from
 * 60 to 55, sees the impact (Khoái Châu's finding would disappear) and the two scenarios it breaks, updates them
 * in the same draft and submits; A may not approve it, author B does; the finding is resolved. The application
 * is then started again on the same database and still uses B's rule set; rolling back to version 1 the same way
 * (a draft of it, submitted, approved) brings the finding back.
 */
class RuleEditorBrowserTest {

    private static final Path KHOAI_CHAU = Path.of("sample-reports/2015-H2/h-khoaichau-2015-H2.xlsx");
    private static final String A = "tac-gia-a";
    private static final String B = "tac-gia-b";

    private final RuleFolder folder = RuleFolder.copy();
    private final String database = "jdbc:h2:mem:editor-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private ConfigurableApplicationContext app;
    private Chromium chromium;
    private ChromeDriver browser;

    @BeforeAll
    static void browserInstalled() {
        Chromium.assumeInstalled();
    }

    @AfterEach
    void close() {
        if (chromium != null) {
            chromium.close();
        }
        if (app != null) {
            app.close();
        }
    }

    /** The application on a random port, with Khoái Châu's 2015-H2 report (RURAL_CLC 57.4%) and two rule authors. */
    private String start() throws IOException {
        Path seed = Files.createTempDirectory("editor-seed-");
        Files.copy(KHOAI_CHAU, seed.resolve(KHOAI_CHAU.getFileName()));
        app = new SpringApplicationBuilder(XhhtCheckerApplication.class).run("--spring.datasource.url=" + database,
                "--xhht.rules-dir=" + folder.dir(), "--server.port=0", "--xhht.seed-reports=" + seed,
                "--xhht.demo-users=false");
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        TestUsers.add(jdbc, app.getBean(PasswordEncoder.class), A, "RULE_AUTHOR", null);
        TestUsers.add(jdbc, app.getBean(PasswordEncoder.class), B, "RULE_AUTHOR", null);
        return "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
    }

    private long openFindings() {
        return app.getBean(JdbcClient.class).sql("select count(*) from finding where rule_id = 'RURAL_CLC.2015' "
                + "and unit_code = 'H_KHOAICHAU' and review_status <> 'RESOLVED'").query(Long.class).single();
    }

    private void signInAs(String base, String user) {
        browser.manage().deleteAllCookies();
        chromium.signIn(base, user);
    }

    @Test
    void theReadmeExampleEditedSubmittedApprovedKeptOverARestartAndRolledBack() throws IOException {
        String base = start();
        chromium = Chromium.open();
        browser = chromium.browser();
        String original = app.getBean(RuleBook.class).version();
        assertThat(openFindings()).isEqualTo(1);

        // A opens a draft of the rules in use
        signInAs(base, A);
        browser.get(base + "/rules?lang=en");
        browser.findElement(By.id("draft-reason")).sendKeys("RURAL_CLC 2015: 60% → 55%");
        browser.findElement(By.id("open-draft")).click();
        chromium.await().until(ExpectedConditions.urlMatches("/rules/sets/\\d+"));
        String draft = browser.getCurrentUrl().replaceAll(".*/rules/sets/(\\d+).*", "$1");
        assertThat(browser.findElement(By.cssSelector("code.path")).getText()).isEqualTo("targets/training.drl");
        assertThat(browser.findElements(By.cssSelector(".CodeMirror-linenumber"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector(".CodeMirror .cm-keyword"))).isNotEmpty();

        // a typo at the end of line 15: saved, shown at its line, nothing in use changes
        typeAt("@severity(\"HIGH\")\nwhen\n    $u : Unit( code == \"SO_NV\" )", "@severity(\"HIGH\")".length(), " xyz");
        save();
        assertThat(browser.findElement(By.cssSelector("p.saved")).getText()).startsWith("Saved; it does not compile");
        assertThat(browser.findElement(By.cssSelector("tr.rule-error")).getText()).contains("targets/training.drl 15");
        WebElement note = browser.findElement(By.cssSelector(".rule-error-note"));
        assertThat(note.getText()).contains("xyz");
        assertThat(browser.findElement(By.cssSelector(".rule-error-line")).getText()).contains("xyz");
        assertThat(app.getBean(RuleBook.class).version()).isEqualTo(original);
        assertThat(openFindings()).isEqualTo(1);

        // the typo out again, and the README's change: 60 → 55
        typeAt(" xyz\nwhen\n    $u : Unit( code == \"SO_NV\" )", " xyz".length(),
                Keys.BACK_SPACE.toString().repeat(4));
        typeAt("\"RURAL_CLC\", 2015, 60", "\"RURAL_CLC\", 2015, 60".length(),
                Keys.BACK_SPACE + "" + Keys.BACK_SPACE + "55");
        save();
        assertThat(browser.findElement(By.cssSelector("p.saved")).getText()).isEqualTo("Saved; it compiles.");
        assertThat(browser.findElement(By.cssSelector("#diff")).getText())
                .contains("-     insert( Target.atLeast( kcontext, $u, \"RURAL_CLC\", 2015, 60 ) );")
                .contains("+     insert( Target.atLeast( kcontext, $u, \"RURAL_CLC\", 2015, 55 ) );");

        // the impact, and the two scenarios that still expect the old finding
        browser.findElement(By.id("preview")).click();
        chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.preview")));
        String preview = browser.findElement(By.cssSelector("section.preview")).getText();
        assertThat(preview).contains("1 finding removed").contains("2 scenarios fail")
                .contains("scenarios/targets/training.yaml");
        chromium.screenshot("rule-editor-preview", true);

        // they are updated in the same draft
        browser.findElement(By.linkText("scenarios/targets/training.yaml")).click();
        chromium.await().until(ExpectedConditions.textToBe(By.cssSelector("code.path"), "scenarios/targets/training.yaml"));
        typeAt("RURAL_CLC: 57.4", "RURAL_CLC: 57.4".length(), Keys.BACK_SPACE.toString().repeat(4) + "54.4");
        typeAt("RURAL_CLC: 59", "RURAL_CLC: 59".length(), Keys.BACK_SPACE.toString().repeat(2) + "54");
        save();
        assertThat(browser.findElement(By.cssSelector("p.saved")).getText()).isEqualTo("Saved; it compiles.");
        browser.findElement(By.id("preview")).click();
        chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.preview")));
        assertThat(browser.findElement(By.cssSelector("section.preview")).getText()).contains("1 finding removed")
                .doesNotContain("scenario fails").doesNotContain("scenarios fail");

        browser.findElement(By.id("submit")).click();
        chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".submit-outcome")));
        assertThat(browser.findElement(By.cssSelector(".submit-outcome")).getText())
                .isEqualTo("Submitted: a second rule author must now approve it.");
        browser.findElement(By.id("approve")).click();
        assertThat(outcome()).contains("you submitted this rule set");
        assertThat(openFindings()).isEqualTo(1);

        // B approves: the finding is resolved
        signInAs(base, B);
        browser.get(base + "/rules/sets/" + draft + "?lang=en");
        browser.findElement(By.id("approve")).click();
        assertThat(outcome()).contains("are active (they replace " + original + ")");
        String approved = app.getBean(RuleBook.class).version();
        assertThat(approved).isNotEqualTo(original);
        assertThat(openFindings()).isZero();
        chromium.close();
        chromium = null;

        // a restart on the same database: B's rule set is still the one in use
        app.close();
        base = start();
        chromium = Chromium.open();
        browser = chromium.browser();
        assertThat(app.getBean(RuleBook.class).version()).isEqualTo(approved);
        assertThat(openFindings()).isZero();

        // rollback: a draft of version 1, submitted by A, approved by B
        signInAs(base, A);
        browser.get(base + "/rules/sets/1?lang=en");
        browser.findElement(By.id("open-from")).click();
        chromium.await().until(ExpectedConditions.not(ExpectedConditions.urlContains("/rules/sets/1?")));
        String rollback = browser.getCurrentUrl().replaceAll(".*/rules/sets/(\\d+).*", "$1");
        assertThat(browser.findElement(By.cssSelector("#diff")).getText()).contains("2015, 60");
        browser.findElement(By.id("submit")).click();
        chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".submit-outcome")));
        signInAs(base, B);
        browser.get(base + "/rules/sets/" + rollback + "?lang=en");
        browser.findElement(By.id("approve")).click();
        assertThat(outcome()).contains("are active");
        assertThat(app.getBean(RuleBook.class).version()).isEqualTo(original);
        assertThat(openFindings()).isEqualTo(1);
    }

    /** Puts the editor's cursor {@code offset} characters into the first occurrence of {@code text}, and types. */
    private void typeAt(String text, int offset, String keys) {
        Object found = browser.executeScript("var cm = window.ruleEditor; var at = cm.getValue().indexOf(arguments[0]);"
                + "if (at < 0) { return false; } cm.focus(); cm.setCursor(cm.posFromIndex(at + arguments[1]));"
                + "return true;", text, offset);
        assertThat(found).as(text).isEqualTo(true);
        new Actions(browser).sendKeys(keys).perform(); // to CodeMirror's own input, which has the focus
    }

    private void save() {
        browser.findElement(By.id("save")).click();
        chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.saved")));
    }

    private String outcome() {
        return chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.outcome h2")))
                .getText();
    }
}
