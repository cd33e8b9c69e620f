package vn.hungyen.xhht.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.hungyen.xhht.testing.EndOfPlanClock;
import vn.hungyen.xhht.testing.TestUsers;

/**
 * Issue 12: each role's day in real Chromium, over every sample report. Signed in as the README's demo users
 * (the test's password), in Vietnamese and English, at 1280 px and on a 390 px phone, it opens every page of the
 * menu and one page of each kind that a link on them leads to (a report, a finding, a scorecard, a chart...), and
 * fails on: the stylesheet not applied (a computed style), an error in the console, "Whitelabel" or "??" in the
 * page, a link or a form that is answered 403 (or 404, or 500), a page wider than a 390 px screen, and a serious
 * or critical accessibility violation of WCAG 2.1 A/AA found by axe-core (run in the page, on each kind of page
 * once, as the first role that sees it: the administrator, who sees every form). Every problem is collected, so
 * one run lists them all.
 *
 * <p>Same configuration as {@link ProgressBrowserTest}, so that the two share one application; one browser for
 * every role. Passes: Vietnamese at 1280 px and English at 390 px follow the links (the first also checks every
 * link's and form's answer and runs axe); English at 1280 px and Vietnamese at 390 px open the menu's pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "xhht.seed-reports=sample-reports")
@Import(EndOfPlanClock.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleJourneyTest {

    /** The background of app.css's {@code body}: the stylesheet was applied. */
    private static final String STYLED_BACKGROUND = "rgb(243, 245, 248)";
    private static final int PHONE = 390;
    private static final int DESKTOP = 1280;
    /** Links whose answer is checked per page, at most: lists link to dozens of rows of the same kind. */
    private static final int LINKS_PER_PAGE = 15;
    private static final Logger LOG = LoggerFactory.getLogger(RoleJourneyTest.class);

    record Role(String user, String role, String unit) {
        @Override
        public String toString() {
            return role + " " + user;
        }
    }

    private record Pass(String lang, int width, boolean follow, boolean deep) {
        @Override
        public String toString() {
            return lang + "@" + width;
        }
    }

    private static final List<Pass> PASSES = List.of(new Pass("vi", DESKTOP, true, true),
            new Pass("en", PHONE, true, false), new Pass("en", DESKTOP, false, false),
            new Pass("vi", PHONE, false, false));

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;

    private Chromium chromium;
    private ChromeDriver browser;
    private String axe;
    /** The kinds of page axe has checked, for any role: it takes seconds a page, and a kind's markup is shared. */
    private final Set<String> accessibilityChecked = new LinkedHashSet<>();

    static Stream<Role> roles() {
        // the administrator first: they see the most of every kind of page (forms included), which axe checks once
        return Stream.of(new Role("demo-admin", "ADMIN", null), new Role("auditor", "AUDITOR", null),
                new Role("author", "RULE_AUTHOR", null), new Role("khoaichau", "UNIT_REPORTER", "H_KHOAICHAU"));
    }

    @BeforeAll
    void openBrowser() throws IOException {
        Chromium.assumeInstalled();
        Assumptions.assumeTrue(Files.isDirectory(Path.of("sample-reports")), "no sample reports");
        roles().forEach(r -> TestUsers.add(jdbc, passwords, r.user(), r.role(), r.unit()));
        try (InputStream in = RoleJourneyTest.class.getResourceAsStream("/axe/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        chromium = Chromium.open();
        browser = chromium.browser();
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roles")
    void everyPageOfTheRolesDayWorks(Role role) {
        browser.manage().deleteAllCookies();
        width(DESKTOP);
        chromium.signIn(base(), role.user());
        List<String> problems = new ArrayList<>();
        for (Pass pass : PASSES) {
            long start = System.nanoTime();
            width(pass.width());
            new Crawl(pass, problems).run();
            LOG.info("{} {}: {} ms", role, pass, (System.nanoTime() - start) / 1_000_000);
        }
        refusalIsTheApplicationsPage(role, problems);
        assertThat(problems).as("problems met by " + role).isEmpty();
    }

    /** A page the user may not open, opened anyway (by a typed address): the application's page, styled. */
    private void refusalIsTheApplicationsPage(Role role, List<String> problems) {
        width(DESKTOP);
        String refused = role.unit() != null ? "/audit" : "/users";
        if (role.role().equals("ADMIN")) {
            refused = "/no-such-page";
        }
        browser.get(base() + refused + "?lang=en");
        consoleErrors(); // the refused document itself is logged as a failed load
        String h1 = browser.findElement(By.tagName("h1")).getText();
        if (!(h1.equals("Not allowed") || h1.equals("Not found"))) {
            problems.add(refused + ": the refusal's heading is \"" + h1 + "\"");
        }
        checkPage(refused, false, problems);
    }

    /** One pass: the menu's pages and, when it follows links, one page of each kind they lead to. */
    private final class Crawl {

        private final Pass pass;
        private final List<String> problems;
        private final Set<String> kindsSeen = new LinkedHashSet<>();
        private final Map<String, Boolean> answered = new LinkedHashMap<>();

        Crawl(Pass pass, List<String> problems) {
            this.pass = pass;
            this.problems = problems;
        }

        void run() {
            open("/?lang=" + pass.lang());
            List<String> menu = browser.findElements(By.cssSelector("nav.main-nav a")).stream()
                    .map(a -> a.getAttribute("href")).filter(RoleJourneyTest.this::ours).distinct().toList();
            if (menu.size() < 4) {
                problems.add(pass + ": the menu has " + menu.size() + " pages");
            }
            List<String> linked = new ArrayList<>();
            for (String page : menu) {
                kindsSeen.add(kind(page));
            }
            for (String page : menu) {
                visit(page);
                if (pass.follow()) {
                    for (String link : links()) {
                        if (kindsSeen.add(kind(link)) && visitable(link)) {
                            linked.add(link);
                        }
                    }
                }
            }
            for (String page : linked) {
                visit(page);
            }
        }

        private void visit(String url) {
            open(url);
            String where = pass + " " + path(url);
            checkPage(where, pass.width() == PHONE, problems);
            if (pass.deep()) {
                if (accessibilityChecked.add(kind(url))) {
                    accessible(where);
                }
                answers(where);
                // the probes' refusals (400 for a form sent empty) are logged too: they are not the page's
                consoleErrors();
            }
        }

        /** Every link and form of the page is answered, never refused: what the page offers, the user may use. */
        private void answers(String where) {
            List<String> targets = new ArrayList<>(links().stream().limit(LINKS_PER_PAGE).toList());
            for (String url : targets) {
                // a download is made from the whole list: one of each kind is enough
                String key = path(url).startsWith("/api/") ? kind(url) : url;
                if (answered.containsKey(key)) {
                    continue;
                }
                Object status = js().executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => done(r.redirected && "
                        + "r.url.includes('/login') ? 'sign-in' : r.status)).catch(e => done(String(e)));", url);
                answered.put(key, true);
                if (!(status instanceof Long code && code < 400)) {
                    problems.add(where + ": the link " + path(url) + " is answered " + status);
                }
            }
            for (WebElement form : browser.findElements(By.cssSelector("main form[method=post]"))) {
                String action = form.getAttribute("action");
                // sign-out ends the journey; a user's form sent empty would change that user
                if (action.contains("/logout") || path(action).startsWith("/users")
                        || answered.containsKey("POST " + action)) {
                    continue;
                }
                answered.put("POST " + action, true);
                // the form's token only: allowed, it is a request the page refuses (400) or shows; refused, 403
                Object status = js().executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "const token = arguments[1].querySelector('input[name=_csrf]');"
                        + "const body = new URLSearchParams(); if (token) body.set('_csrf', token.value);"
                        + "fetch(arguments[0], {method: 'POST', body: body, credentials: 'same-origin'})"
                        + ".then(r => done(r.status)).catch(e => done(String(e)));", action, form);
                if (status instanceof Long code && (code == 403 || code >= 500)) {
                    problems.add(where + ": the form to " + path(action) + " is answered " + code);
                }
            }
        }

        private void accessible(String where) {
            js().executeScript(axe);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> violations = (List<Map<String, Object>>) js().executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "axe.run(document, {resultTypes: ['violations'], runOnly: {type: 'tag', values: "
                            + "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}}).then(r => done(r.violations"
                            + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                            + ".map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3)"
                            + ".map(n => n.target.join(' '))}))))"
                            + ".catch(e => done([{id: 'axe failed: ' + e, impact: 'critical', nodes: []}]));");
            for (Map<String, Object> v : violations) {
                problems.add(where + ": axe " + v.get("impact") + " " + v.get("id") + " at " + v.get("nodes"));
            }
        }
    }

    /** What every page must be, whoever reads it. */
    private void checkPage(String where, boolean phone, List<String> problems) {
        String background = (String) js().executeScript("return getComputedStyle(document.body).backgroundColor");
        if (!STYLED_BACKGROUND.equals(background)) {
            problems.add(where + ": the stylesheet is not applied (body background " + background + ")");
        }
        String text = browser.findElement(By.tagName("body")).getText();
        for (String word : List.of("Whitelabel", "??")) {
            if (text.contains(word)) {
                problems.add(where + ": the page says \"" + word + "\"");
            }
        }
        for (String error : consoleErrors()) {
            problems.add(where + ": console error " + error);
        }
        if (phone) {
            Long wide = (Long) js().executeScript("return document.documentElement.scrollWidth");
            if (wide > PHONE) {
                problems.add(where + ": the page is " + wide + " px wide on a " + PHONE + " px phone, because of "
                        + js().executeScript("const wide = e => e.getBoundingClientRect().right > " + PHONE + ";"
                        + "return [...document.querySelectorAll('main *')].filter(e => wide(e) && !wide(e.parentElement))"
                        + ".slice(0, 3).map(e => e.parentElement.tagName + '.' + e.parentElement.className + ' > '"
                        + "+ e.tagName + '.' + e.className + ' \"' + e.textContent.slice(0, 40) + '\"').join(', ')"));
            }
        }
    }

    private List<String> consoleErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    }

    /** The page's links to pages of the application (not downloads, not another language of the same page). */
    private List<String> links() {
        @SuppressWarnings("unchecked")
        List<String> hrefs = (List<String>) js().executeScript("return [...document.querySelectorAll("
                + "'main a[href]')].filter(a => !a.hasAttribute('download')).map(a => a.href)");
        return hrefs.stream().filter(this::ours).map(h -> h.replaceAll("#.*$", "")).distinct().toList();
    }

    private boolean ours(String href) {
        return href != null && href.startsWith(base()) && !href.contains("/swagger-ui") && !href.contains("/logout");
    }

    /** Pages the browser shows (downloads and the JSON API are only checked for their answer). */
    private static boolean visitable(String url) {
        String path = path(url);
        return !path.startsWith("/api/") && !path.startsWith("/v3/");
    }

    /** One page of each kind: numbers, unit and indicator codes do not make another kind. */
    private static String kind(String url) {
        String path = path(url);
        String[] parts = path.split("/");
        StringBuilder kind = new StringBuilder();
        for (int i = 1; i < parts.length; i++) {
            boolean code = parts[i].matches("\\d+") || (i > 1 && (parts[1].equals("progress")
                    || parts[1].equals("units")) && !parts[i].equals("periods") && !parts[i].equals("print"));
            kind.append('/').append(code ? "*" : parts[i]);
        }
        return kind.isEmpty() ? "/" : kind.toString();
    }

    private static String path(String url) {
        return URI.create(url).getPath();
    }

    private void open(String url) {
        browser.get(url.startsWith("http") ? url : base() + url);
    }

    private void width(int px) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", px, "height",
                px == PHONE ? 844 : 900, "deviceScaleFactor", 1, "mobile", px == PHONE));
    }

    private JavascriptExecutor js() {
        return browser;
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
