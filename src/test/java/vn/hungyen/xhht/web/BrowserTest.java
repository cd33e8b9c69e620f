package vn.hungyen.xhht.web;

import java.util.ArrayList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.DataFormatter;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hungyen.xhht.testing.EndOfPlanClock;
import vn.hungyen.xhht.testing.TestUsers;

/**
 * The pages in a real browser: Debian's headless Chromium driven by its chromedriver, both given by path so
 * that Selenium Manager never looks for (or downloads) anything. The application runs on a random port with
 * its own in-memory database, seeded with every sample report but Khoái Châu's 2015-H2 one, and judges as of
 * 31/01/2021, when the plan's last deadline had passed. The test uploads that report through the form, as a
 * clerk would, and follows the pages from there, saving screenshots under target/screenshots/. With
 * {@code -Dxhht.docs-screenshots=true} it also refreshes docs/screenshots/findings.png and finding.png.
 *
 * <p>Without Chromium or chromedriver the test is skipped, unless the environment variable CI is true: a
 * build server must have them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(EndOfPlanClock.class)
class BrowserTest {

    private static final Path SAMPLES = Path.of("sample-reports");
    private static final Path KHOAI_CHAU = SAMPLES.resolve("2015-H2/h-khoaichau-2015-H2.xlsx");
    private static final Path NOT_A_WORKBOOK = SAMPLES.resolve("2017-H1/so-tttt-2017-H1-ban-nhap.xlsx");
    private static final Path SEED = Path.of("target/browser-test-seed");
    private static final Path SCREENSHOTS = Chromium.SCREENSHOTS;

    /** The department's administrator uploads here (a unit reporter sees only their own unit's findings). */
    private static final String ADMIN = "so.gddt";
    private static final String AUDITOR = "Nguyễn Thị Lan";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;

    private Chromium chromium;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    static void browserInstalled() {
        Chromium.assumeInstalled();
        Assumptions.assumeTrue(Files.isRegularFile(KHOAI_CHAU), "no sample reports");
    }

    @DynamicPropertySource
    static void seed(DynamicPropertyRegistry registry) {
        registry.add("xhht.seed-reports", () -> seedFolder().toString());
    }

    /** The sample reports, less the one the test uploads (so that uploading it stores it). */
    private static Path seedFolder() {
        try {
            if (Files.exists(SEED)) {
                try (Stream<Path> old = Files.walk(SEED)) {
                    for (Path p : old.sorted((a, b) -> b.compareTo(a)).toList()) {
                        Files.delete(p);
                    }
                }
            }
            try (Stream<Path> files = Files.walk(SAMPLES)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".xlsx")).toList()) {
                    if (!file.equals(KHOAI_CHAU)) {
                        Path copy = SEED.resolve(SAMPLES.relativize(file).toString());
                        Files.createDirectories(copy.getParent());
                        Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            return SEED;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeEach
    void openBrowser() throws IOException {
        TestUsers.add(jdbc, passwords, ADMIN, "ADMIN", null);
        TestUsers.add(jdbc, passwords, AUDITOR, "AUDITOR", null);
        chromium = Chromium.open();
        browser = chromium.browser();
        wait = chromium.await();
    }

    @AfterEach
    void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aClerkUploadsAReportSeesItsFindingsAndFollowsThePages() throws IOException {
        chromium.signIn("http://localhost:" + port, ADMIN);
        // the upload form, in Vietnamese
        browser.get("http://localhost:" + port + "/upload");
        assertThat(heading()).isEqualTo("Tải báo cáo lên");

        // two files through the form: the report, and a draft that is no workbook
        browser.findElement(By.cssSelector("input[type=file][name=files]"))
                .sendKeys(KHOAI_CHAU.toAbsolutePath() + "\n" + NOT_A_WORKBOOK.toAbsolutePath());
        browser.findElement(By.cssSelector("form.upload-form button[type=submit]")).click();
        waitForHeading("Kết quả tải lên");

        WebElement stored = browser.findElement(By.cssSelector("section.outcome-STORED"));
        assertThat(stored.findElement(By.cssSelector(".file-name")).getText()).isEqualTo("h-khoaichau-2015-H2.xlsx");
        assertThat(stored.getText()).contains("Đã lưu tệp h-khoaichau-2015-H2.xlsx: báo cáo 6 tháng cuối năm 2015 "
                + "của UBND huyện Khoái Châu.");
        WebElement unmet = onlyRow(stored, "RURAL_CLC.2015");
        assertThat(unmet.findElement(By.cssSelector(".badge")).getText()).isEqualTo("CAO");
        assertThat(unmet.getText()).contains("Không đạt mục tiêu")
                .contains("UBND huyện Khoái Châu báo cáo chỉ tiêu")
                .contains("57,40%")
                .contains("II.1.c")
                .contains("Chỉ tiêu!E7");
        WebElement rejected = browser.findElement(By.cssSelector("section.outcome-REJECTED"));
        assertThat(rejected.getText()).contains("so-tttt-2017-H1-ban-nhap.xlsx")
                .contains("Không lưu tệp so-tttt-2017-H1-ban-nhap.xlsx")
                .contains("Tệp không phải là sổ tính Excel .xlsx hoặc đã bị hỏng");
        screenshot("upload-result.png", true);

        // the report just stored
        stored.findElement(By.partialLinkText("Xem báo cáo")).click();
        waitForHeading("Báo cáo 6 tháng cuối năm 2015 của UBND huyện Khoái Châu");
        assertThat(browser.findElement(By.cssSelector("table.findings")).getText()).contains("RURAL_CLC.2015");
        assertThat(browser.getPageSource()).contains("Bản được tính");
        screenshot("report.png", true);

        // every finding of the samples, then only the high ones through the filter form
        navigate("Phát hiện");
        waitForHeading("Phát hiện");
        // the samples' findings (two planted for readings 9 and 16) with the clerk's report, late as received
        assertThat(browser.findElement(By.cssSelector("p.summary")).getText()).startsWith("22 phát hiện");
        assertThat(rows()).hasSize(22);
        screenshot("findings.png", false);
        Chromium.publish("findings.png");
        new Select(browser.findElement(By.name("severity"))).selectByValue("HIGH");
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("severity=HIGH"));
        assertThat(rows()).hasSize(5).allSatisfy(row ->
                assertThat(row.findElement(By.cssSelector(".badge")).getText()).isEqualTo("CAO"));

        // who reported, as of today (31/01/2021): three reports never came
        navigate("Tình hình nộp báo cáo");
        waitForHeading("Tình hình nộp báo cáo");
        assertThat(browser.findElement(By.name("asOf")).getAttribute("value")).isEqualTo("31/01/2021");
        assertThat(browser.findElements(By.cssSelector("table.matrix td.st-MISSING"))).hasSize(3);
        // two sample reports sent late, and the clerk's 2015-H2 report uploaded today (catalog reading 14)
        assertThat(browser.findElements(By.cssSelector("table.matrix td.st-LATE"))).hasSize(3);
        assertThat(browser.findElement(By.cssSelector("table.matrix tfoot")).getText())
                .contains("Tỷ lệ báo cáo").contains("Tỷ lệ báo cáo đúng hạn").contains("96,7%");
        screenshot("completeness.png", true);

        // English once: the switch keeps the page, and the navigation keeps the language
        browser.findElement(By.linkText("English")).click();
        waitForHeading("Reporting completeness");
        navigate("Findings");
        waitForHeading("Findings");
        assertThat(browser.getCurrentUrl()).contains("lang=en");
        assertThat(browser.findElement(By.cssSelector("p.summary")).getText()).startsWith("22 findings");
        assertThat(onlyRow(browser.findElement(By.tagName("main")), "RURAL_CLC.2015").getText())
                .contains("Target not met").contains("Khoái Châu District People's Committee reported indicator");
    }

    @Test
    void anAuditorAcceptsAFindingAndSeesItInTheAuditLog() throws IOException {
        chromium.signIn("http://localhost:" + port, AUDITOR);
        browser.get("http://localhost:" + port + "/findings?kind=MISSING_REPORT");
        waitForHeading("Phát hiện");
        WebElement first = rows().get(0);
        String id = first.findElement(By.cssSelector("a.finding-link")).getText();
        assertThat(first.getText()).contains("Đang mở");
        first.findElement(By.cssSelector("a.finding-link")).click();
        waitForHeading("Phát hiện " + id);

        browser.findElement(By.name("text")).sendKeys("Đơn vị xác nhận chưa gửi; đã nhắc bằng công văn 15/SGDĐT");
        browser.findElement(By.cssSelector("button[value=ACCEPT]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.alert.done")));
        assertThat(browser.findElement(By.cssSelector("p.alert.done")).getText()).isEqualTo("Đã ghi: Chấp nhận.");
        assertThat(browser.findElement(By.cssSelector("p.badges")).getText()).contains("Đã chấp nhận");
        WebElement history = browser.findElement(By.id("history"));
        assertThat(history.getText()).contains("Hệ thống (đánh giá lại)").contains("Phát hiện lần đầu")
                .contains("Nguyễn Thị Lan").contains("Đang mở → Đã chấp nhận")
                .contains("đã nhắc bằng công văn 15/SGDĐT");
        // the decision is the signed-in auditor's: there is no name to type
        assertThat(browser.findElements(By.name("reviewer"))).isEmpty();
        screenshot("finding.png", true);
        Chromium.publish("finding.png");

        navigate("Nhật ký");
        waitForHeading("Nhật ký xem xét");
        WebElement newest = browser.findElement(By.cssSelector("table.history tbody tr"));
        assertThat(newest.getText()).contains(id).contains("Nguyễn Thị Lan").contains("Chấp nhận");
        screenshot("audit.png", false);

        // the missing reports, exported to Excel with their review
        browser.get("http://localhost:" + port + "/findings?kind=MISSING_REPORT");
        waitForHeading("Phát hiện");
        int shown = rows().size();
        browser.findElement(By.linkText("Excel (.xlsx)")).click();
        Path export = chromium.awaitDownload(".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(export))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).as("a heading row, then the rows of the page").isEqualTo(shown);
            DataFormatter cells = new DataFormatter();
            List<String> accepted = new ArrayList<>();
            for (Row row : sheet) {
                row.forEach(cell -> {
                    if (cells.formatCellValue(cell).equals("Đã chấp nhận")) {
                        accepted.add(cells.formatCellValue(row.getCell(0)));
                    }
                });
            }
            assertThat(accepted).containsExactly(id);
        }
    }

    private String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    private void waitForHeading(String text) {
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), text));
    }

    private void navigate(String item) {
        browser.findElement(By.cssSelector("nav.main-nav")).findElement(By.linkText(item)).click();
    }

    private List<WebElement> rows() {
        return browser.findElements(By.cssSelector("table.findings tbody tr"));
    }

    private static WebElement onlyRow(WebElement within, String ruleId) {
        List<WebElement> rows = within.findElements(By.xpath(
                ".//table[contains(@class, 'findings')]//tr[.//code[text() = '" + ruleId + "']]"));
        assertThat(rows).as("rows of rule " + ruleId).hasSize(1);
        return rows.get(0);
    }

    private void screenshot(String name, boolean wholePage) throws IOException {
        chromium.screenshot(name, wholePage);
    }
}
