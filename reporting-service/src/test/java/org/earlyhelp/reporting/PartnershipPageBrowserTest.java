package org.earlyhelp.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.earlyhelp.localstack.TestTokens;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.print.PrintOptions;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The partnership page in a real headless Chromium: fetched with a bearer token (the browser cannot send one), written to a
 * file and opened there. Skipped, saying why, on a machine without /usr/bin/chromium or /usr/bin/chromedriver.
 */
@QuarkusTest
class PartnershipPageBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @Test
    @DisplayName("the page shows every figure in tables and charts whose bars render to scale, and prints to a PDF")
    void pageInAHeadlessBrowser() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "No Chromium at " + CHROMIUM + ": the page is not checked in a browser");
        Assumptions.assumeTrue(Files.isExecutable(CHROMEDRIVER), "No chromedriver at " + CHROMEDRIVER + ": the page is not checked in a browser");

        Caseload caseload = new Caseload().publish();
        String manager = TestTokens.token("manager-page", caseload.area, "early-help", "manager");
        ObjectMapper json = new ObjectMapper();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(json.readTree(given().auth().oauth2(manager)
                .get("/api/reports/partnership" + caseload.query()).then().statusCode(200).extract().asString()))
                .isEqualTo(json.readTree(caseload.expectedPartnership())));
        String html = given().auth().oauth2(manager).accept("text/html").get("/reports/partnership" + caseload.query()).then()
                .statusCode(200).contentType(containsString("text/html")).extract().asString();
        assertThat(html).doesNotContain("<script");
        Path dir = Files.createTempDirectory("partnership-page");
        Path page = dir.resolve("partnership.html");
        Files.writeString(page, html, StandardCharsets.UTF_8);

        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,2000",
                "--user-data-dir=" + Files.createTempDirectory(dir, "chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            driver.get(page.toUri().toString());
            assertThat(driver.getTitle()).isEqualTo("Partnership figures: " + caseload.area + ", " + caseload.from + " to " + caseload.to);

            assertThat(table(driver, "summary-table")).containsExactlyEntriesOf(ordered("assessmentsCompleted", "6", "episodesStarted", "6",
                    "stepDownShare", "0.167", "familiesOpenAt", "3", "childrenOpenAt", "4", "closures", "4", "reEpisodesWithin12Months", "1"));
            assertThat(table(driver, "episodes-started-table")).containsExactlyEntriesOf(ordered("ASSESSMENT", "4", "MANUAL", "1", "STEP_DOWN", "1"));
            assertThat(table(driver, "needs-identified-table")).containsExactlyEntriesOf(ordered("HOUSING", "2", "DISABILITY", "1",
                    "DOMESTIC_ABUSE", "1", "FINANCIAL_HARDSHIP", "1", "NEGLECT", "1", "OTHER", "1", "PARENTAL_MENTAL_HEALTH", "1",
                    "PERSISTENT_ABSENCE", "1", "YOUNG_CARER", "1"));
            assertThat(table(driver, "closure-reasons-table")).containsExactlyEntriesOf(ordered("OUTCOMES_ACHIEVED", "3", "CONSENT_WITHDRAWN", "1"));
            assertThat(table(driver, "children-by-age-band-table")).containsExactlyEntriesOf(ordered("0-4", "2", "5-10", "3", "11-15", "1",
                    "16-17", "1", "18+", "1"));
            assertThat(table(driver, "lead-agencies-table")).containsExactlyEntriesOf(ordered("health", "1", "police", "1", "school", "1"));
            assertThat(table(driver, "timeliness-table")).containsExactlyEntriesOf(ordered("initialReviewsDue", "2", "initialReviewsOnTime", "1",
                    "reviewGapsOver12Weeks", "3", "closureSummariesDue", "2", "closureSummariesOnTime", "1"));
            assertThat(table(driver, "step-ups-table")).containsExactlyEntriesOf(ordered("referrals", "3", "significantHarm", "1"));
            assertThat(table(driver, "step-ups-by-decision-table")).containsExactlyEntriesOf(ordered("CHILD_IN_NEED_S17", "1",
                    "NO_FURTHER_ACTION", "1", "PENDING", "1"));

            List<WebElement> months = driver.findElements(By.cssSelector("#timeliness-by-month-table tbody tr"));
            assertThat(months).hasSize(12);
            long initialDue = 0;
            long closureDue = 0;
            for (WebElement month : months) {
                List<WebElement> cells = month.findElements(By.tagName("td"));
                initialDue += Long.parseLong(cells.get(0).getText());
                closureDue += Long.parseLong(cells.get(2).getText());
            }
            assertThat(initialDue).isEqualTo(2);
            assertThat(closureDue).isEqualTo(2);

            assertChart(driver, "chart-needs-identified", 9);
            assertChart(driver, "chart-closure-reasons", 2);
            assertChart(driver, "chart-children-by-age-band", 5);
            assertChart(driver, "chart-initial-reviews-by-month", 24);
            assertChart(driver, "chart-closure-summaries-by-month", 24);

            Pdf pdf = ((PrintsPage) driver).print(new PrintOptions());
            byte[] bytes = Base64.getDecoder().decode(pdf.getContent());
            assertThat(bytes.length).isGreaterThan(1000);
            assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        } finally {
            driver.quit();
        }
    }

    static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** A table's rows as shown: each row's data-key and the text of its value cell. */
    static Map<String, String> table(ChromeDriver driver, String id) {
        Map<String, String> rows = new LinkedHashMap<>();
        for (WebElement row : driver.findElements(By.cssSelector("#" + id + " tbody tr[data-key]"))) {
            rows.put(row.getDomAttribute("data-key"), row.findElement(By.tagName("td")).getText());
        }
        return rows;
    }

    /** The chart renders, titled, with {@code bars} bars each wider than 0 and wider the larger its data-value. */
    static void assertChart(ChromeDriver driver, String id, int bars) {
        WebElement svg = driver.findElement(By.id(id));
        assertThat(svg.getDomAttribute("aria-label")).isNotBlank();
        assertThat(svg.findElements(By.xpath("./*[local-name()='title']"))).hasSize(1);
        assertThat(svg.getRect().getWidth()).isPositive();
        List<WebElement> rects = svg.findElements(By.cssSelector("rect[data-value]"));
        assertThat(rects).hasSize(bars);
        List<long[]> valueAndWidth = new ArrayList<>();
        List<Double> widths = new ArrayList<>();
        for (WebElement rect : rects) {
            Number width = (Number) ((JavascriptExecutor) driver).executeScript("return arguments[0].getBoundingClientRect().width;", rect);
            assertThat(width.doubleValue()).as("width of bar %s of %s", rect.getDomAttribute("data-key"), id).isPositive();
            valueAndWidth.add(new long[] { Long.parseLong(rect.getDomAttribute("data-value")) });
            widths.add(width.doubleValue());
        }
        for (int i = 0; i < rects.size(); i++) {
            for (int j = 0; j < rects.size(); j++) {
                long vi = valueAndWidth.get(i)[0];
                long vj = valueAndWidth.get(j)[0];
                if (vi < vj) {
                    assertThat(widths.get(i)).as("%s: a bar of %d is narrower than one of %d", id, vi, vj).isLessThan(widths.get(j));
                } else if (vi == vj) {
                    assertThat(widths.get(i)).as("%s: bars of %d are as wide", id, vi).isCloseTo(widths.get(j), org.assertj.core.data.Offset.offset(0.5));
                }
            }
        }
        // every bar has a text label beside it
        assertThat(svg.findElements(By.cssSelector("g.bar text.label"))).hasSize(bars);
    }
}
