package vn.hungyen.xhht.web;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.hungyen.xhht.testing.TestUsers;

/**
 * Debian's headless Chromium driven by its chromedriver, both given by path so that Selenium Manager never
 * looks for (or downloads) anything; set to Vietnamese, as the province's clerks' browsers are, with a profile
 * of its own that is deleted on {@link #close()}. Screenshots go under target/screenshots/.
 *
 * <p>Without Chromium or chromedriver the browser tests are skipped, unless the environment variable CI is true:
 * a build server must have them.
 */
final class Chromium implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target/screenshots");
    /** Where the README's screenshots are, refreshed by a run with {@code -Dxhht.docs-screenshots=true}. */
    static final Path DOCS = Path.of("docs/screenshots");
    static final Dimension WINDOW = new Dimension(1400, 1000);

    private final Path profile;
    private final ChromeDriverService service;
    private final ChromeDriver browser;
    private final WebDriverWait wait;

    private Chromium(Path profile, ChromeDriverService service, ChromeDriver browser) {
        this.profile = profile;
        this.service = service;
        this.browser = browser;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    /** For a {@code @BeforeAll}: skips the test class without a browser, fails it on CI. */
    static void assumeInstalled() {
        boolean installed = Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
        if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true but " + BINARY + " or " + DRIVER + " is missing: apt-get install chromium chromium-driver");
        }
        Assumptions.assumeTrue(installed, "no " + BINARY + " or " + DRIVER + ": browser test skipped");
    }

    static Chromium open() throws IOException {
        Path profile = Files.createTempDirectory("chromium-profile-");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile.toAbsolutePath(),
                "--window-size=" + WINDOW.width + "," + WINDOW.height, "--lang=vi-VN", "--hide-scrollbars");
        // a browser set to Vietnamese, as the province's clerks' are: the pages start in Vietnamese; downloads
        // (the exports) land in the profile without asking
        Path downloads = Files.createDirectories(profile.resolve("downloads"));
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "vi-VN,vi",
                "download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false));
        // the console, for the journey test's check that no page logs an error
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        Files.createDirectories(SCREENSHOTS);
        return new Chromium(profile, service, new ChromeDriver(service, options));
    }

    /** Signs in through the sign-in form, as a user of {@link vn.hungyen.xhht.testing.TestUsers}. */
    void signIn(String base, String username) {
        browser.get(base + "/login");
        browser.findElement(By.name("username")).sendKeys(username);
        browser.findElement(By.name("password")).sendKeys(TestUsers.PASSWORD);
        browser.findElement(By.cssSelector("form.login-form button[type=submit]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    ChromeDriver browser() {
        return browser;
    }

    WebDriverWait await() {
        return wait;
    }

    /** Copies screenshots of SCREENSHOTS to DOCS when the run is asked to refresh the README's. */
    static void publish(String... names) throws IOException {
        if (Boolean.getBoolean("xhht.docs-screenshots")) {
            Files.createDirectories(DOCS);
            for (String name : names) {
                Files.copy(SCREENSHOTS.resolve(name), DOCS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** A file the browser downloaded, once it is complete; null if none ends with {@code suffix} within the wait. */
    Path awaitDownload(String suffix) {
        return wait.until(b -> {
            try (Stream<Path> files = Files.list(profile.resolve("downloads"))) {
                return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The page as shown, or whole (the window stretched to its height) for the long ones, as SCREENSHOTS/name. */
    Path screenshot(String name, boolean wholePage) throws IOException {
        if (wholePage) {
            // the window's size includes what surrounds the page, even headless
            long height = (Long) ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollHeight + window.outerHeight - window.innerHeight");
            browser.manage().window().setSize(new Dimension(WINDOW.width, (int) Math.min(Math.max(height,
                    WINDOW.height), 8000)));
        }
        Path file = SCREENSHOTS.resolve(name);
        Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(WINDOW);
        return file;
    }

    @Override
    public void close() {
        browser.quit();
        service.stop();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted((a, b) -> b.compareTo(a)).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
