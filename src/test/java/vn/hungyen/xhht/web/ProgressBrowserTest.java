package vn.hungyen.xhht.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.hungyen.xhht.testing.EndOfPlanClock;
import vn.hungyen.xhht.testing.TestUsers;

/**
 * The progress pages in a real browser ({@link Chromium}), over every sample report as of 31/01/2021: the way
 * from the navigation to a unit's scorecard, and a chart drawn by uPlot from its webjar. Saves
 * target/screenshots/scorecard.png and chart.png; with {@code -Dxhht.docs-screenshots=true} also
 * docs/screenshots/, for the README.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "xhht.seed-reports=sample-reports")
@Import(EndOfPlanClock.class)
class ProgressBrowserTest {


    private static final String AUDITOR = "auditor";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;

    private Chromium chromium;
    private ChromeDriver browser;

    @BeforeAll
    static void browserInstalled() {
        Chromium.assumeInstalled();
        Assumptions.assumeTrue(Files.isDirectory(Path.of("sample-reports")), "no sample reports");
    }

    @BeforeEach
    void openBrowser() throws IOException {
        TestUsers.add(jdbc, passwords, AUDITOR, "AUDITOR", null);
        chromium = Chromium.open();
        browser = chromium.browser();
        chromium.signIn("http://localhost:" + port, AUDITOR);
    }

    @AfterEach
    void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void anAuditorFollowsAUnitsScorecardToAChart() throws IOException {
        browser.get("http://localhost:" + port + "/");
        browser.findElement(By.cssSelector("nav.main-nav")).findElement(By.linkText("Tiến độ")).click();
        waitForHeading("Tiến độ thực hiện chỉ tiêu");
        // the latest milestone whose reports were due: 2020
        assertThat(browser.findElement(By.name("year")).getAttribute("value")).isEqualTo("2020");
        assertThat(browser.findElements(By.cssSelector("table.progress-matrix tbody tr"))).hasSizeGreaterThan(10);

        browser.findElement(By.linkText("Sở Giáo dục và Đào tạo")).click();
        waitForHeading("Tiến độ: Sở Giáo dục và Đào tạo");
        // the literacy gender gap of 2015 (0.58 points, above the 0.50 allowed) is the one planted breach
        WebElement gap = row("LIT_GENDER_GAP");
        WebElement gap2015 = gap.findElements(By.cssSelector("td")).get(2);
        assertThat(gap2015.getAttribute("class")).contains("pg-NOT_MET");
        assertThat(gap2015.getText()).startsWith("0,58");
        assertThat(row("LIFESKILL_ALL").findElements(By.cssSelector("td.pg-UNJUDGED"))).hasSize(1);
        assertThat(gap.findElement(By.cssSelector("td.outlook-cell")).getText()).contains("Đã đạt mục tiêu");
        assertThat(browser.findElement(By.id("method")).getText()).contains("Open SDG").contains("R ≥ 0,95");
        chromium.screenshot("scorecard.png", true);

        browser.get("http://localhost:" + port + "/progress/SO_NV");
        waitForHeading("Tiến độ: Sở Nội vụ");
        row("OFF_FL_L2").findElement(By.cssSelector("th.indicator a")).click();
        waitForHeading("Tỷ lệ CB, CC, VC có trình độ ngoại ngữ bậc 2: Sở Nội vụ");
        WebElement chart = chromium.await().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#progress-chart[data-rendered=true]")));
        WebElement canvas = chart.findElement(By.tagName("canvas"));
        assertThat(canvas.getSize().getWidth()).isGreaterThan(300);
        assertThat(canvas.getSize().getHeight()).isGreaterThan(200);
        assertThat(chart.getText()).contains("Số liệu báo cáo").contains("Mục tiêu 2015 (≥ 20)")
                .contains("Mục tiêu 2020 (≥ 50)").contains("Xu hướng đến 2020");
        List<WebElement> projections = browser.findElements(By.cssSelector("table.projections tbody tr"));
        assertThat(projections).hasSize(2);
        assertThat(projections.get(1).getText()).startsWith("2020").contains("Đúng tiến độ");
        chromium.screenshot("chart.png", false);

        // in English, the chart is drawn again with English labels
        browser.findElement(By.linkText("English")).click();
        chromium.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("progress-chart"),
                "Target 2020 (≥ 50)"));
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo("Officials with foreign language level 2: Department of Home Affairs");

        Chromium.publish("scorecard.png", "chart.png");
    }

    private void waitForHeading(String text) {
        chromium.await().until(ExpectedConditions.textToBe(By.tagName("h1"), text));
    }

    private WebElement row(String indicator) {
        return browser.findElement(By.cssSelector("table.scorecard tr[data-indicator='" + indicator + "']"));
    }
}
