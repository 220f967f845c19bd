package org.earlyhelp.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.earlyhelp.localstack.EarlyHelpSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import com.sun.net.httpserver.HttpServer;

import io.restassured.RestAssured;

/**
 * The front end's page (docs/frontend/index.html) in a real headless Chromium against the whole system: it is sent to
 * Keycloak's login (public client earlyhelp-web, authorization code + PKCE), comes back with a code, lists the user's
 * notifications through the gateway, and shows a new one that arrives over its EventSource (a single-use stream ticket,
 * no bearer header). Served from the origin the system was started with (EARLYHELP_FRONTEND_ORIGINS). Skipped, saying why,
 * on a machine without /usr/bin/chromium or /usr/bin/chromedriver.
 */
class FrontEndLoginIT {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    static EarlyHelpSystem system;
    static HttpServer pageServer;

    @BeforeAll
    static void start() throws IOException {
        system = RunningSystem.get();
        RestAssured.baseURI = system.gatewayUrl();
        byte[] page = Files.readAllBytes(Path.of(System.getProperty("earlyhelp.root", "..")).resolve("docs/frontend/index.html"));
        URI origin = URI.create(RunningSystem.frontendOrigin());
        pageServer = HttpServer.create(new InetSocketAddress("127.0.0.1", origin.getPort()), 0);
        pageServer.createContext("/", exchange -> {
            boolean isPage = exchange.getRequestURI().getPath().equals("/");
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(isPage ? 200 : 404, isPage ? page.length : -1);
            try (OutputStream out = exchange.getResponseBody()) {
                if (isPage) {
                    out.write(page);
                }
            }
        });
        pageServer.start();
    }

    @AfterAll
    static void stop() {
        if (pageServer != null) {
            pageServer.stop(0);
        }
    }

    @Test
    @DisplayName("the page logs the teacher in through Keycloak (PKCE), lists their notifications, and shows a new one as it arrives over the stream")
    void logsInListsAndStreams() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "No Chromium at " + CHROMIUM + ": the front end is not checked in a browser");
        Assumptions.assumeTrue(Files.isExecutable(CHROMEDRIVER), "No chromedriver at " + CHROMEDRIVER + ": the front end is not checked in a browser");
        String sw = system.keycloak().passwordToken("sw", "sw");
        String teacher = system.keycloak().passwordToken("teacher", "teacher");
        // a step-down naming the teacher as lead professional: a STEP_DOWN_PROPOSED notification in their inbox
        String before = proposeToTeacher(sw, teacher);

        Path dir = Files.createTempDirectory("front-end");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,1000",
                "--user-data-dir=" + Files.createTempDirectory(dir, "chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            driver.get(RunningSystem.frontendOrigin() + "/?gateway=" + enc(system.gatewayUrl()) + "&realm=" + enc(system.keycloak().realmUrl()));
            // sent to Keycloak's login page for the earlyhelp-web client
            await().atMost(Duration.ofSeconds(30)).until(() -> driver.getCurrentUrl().startsWith(system.keycloak().realmUrl() + "/protocol/openid-connect/auth")
                    && !driver.findElements(By.id("username")).isEmpty());
            assertThat(driver.getCurrentUrl()).contains("client_id=earlyhelp-web").contains("code_challenge_method=S256");
            driver.findElement(By.id("username")).sendKeys("teacher");
            driver.findElement(By.id("password")).sendKeys("teacher");
            driver.findElement(By.id("kc-login")).click();

            // back on the page, logged in, the code exchanged and taken out of the address bar; the inbox listed
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(text(driver, "error")).isEmpty());
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(text(driver, "status")).startsWith("Logged in as teacher:"));
            assertThat(driver.getCurrentUrl()).startsWith(RunningSystem.frontendOrigin()).doesNotContain("code=");
            assertThat(text(driver, "notifications")).contains("STEP_DOWN_PROPOSED").contains("family " + before);

            // the stream is open (its ticket redeemed): a new notification for the teacher shows up without a reload
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(text(driver, "live-status")).isEqualTo("Live: connected"));
            String arriving = proposeToTeacher(sw, teacher);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(driver.findElements(By.cssSelector("#notifications li.live")))
                    .anySatisfy(li -> assertThat(li.getText()).contains("STEP_DOWN_PROPOSED").contains("family " + arriving).contains("new")));
            assertThat(text(driver, "error")).isEmpty();
        } finally {
            driver.quit();
        }
    }

    @Test
    @DisplayName("through the gateway a stream ticket opens the stream once with no token (then 401 problem), and no log of any process holds it")
    void aTicketThroughTheGatewayIsSingleUseAndNeverLogged() throws Exception {
        String teacher = system.keycloak().passwordToken("teacher", "teacher");
        String ticket = given().auth().oauth2(teacher).post("/api/notifications/stream-tickets").then().statusCode(200)
                .extract().path("ticket");
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpResponse<java.util.stream.Stream<String>> open = client.sendAsync(java.net.http.HttpRequest.newBuilder(
                URI.create(system.gatewayUrl() + "/api/notifications/stream?ticket=" + ticket)).header("Accept", "text/event-stream").build(),
                java.net.http.HttpResponse.BodyHandlers.ofLines()).get(20, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(open.statusCode()).isEqualTo(200);
        assertThat(open.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/event-stream"));
        open.body().close();
        given().queryParam("ticket", ticket).get("/api/notifications/stream").then().statusCode(401).contentType("application/problem+json");
        try (var logs = Files.walk(system.logDir())) {
            for (Path log : logs.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(log, StandardCharsets.ISO_8859_1)).as("log %s", log.getFileName()).doesNotContain(ticket);
            }
        }
    }

    /** Proposes a step-down to the teacher for a new family and waits until the notification is in their inbox: the family's id. */
    static String proposeToTeacher(String sw, String teacher) {
        Families.Family family = Families.register(sw);
        StepDowns.propose(sw, family.id(), family.child());
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            List<String> types = given().auth().oauth2(teacher).queryParam("familyId", family.id()).get("/api/notifications")
                    .then().statusCode(200).extract().path("items.type");
            return types.contains("STEP_DOWN_PROPOSED");
        });
        return family.id();
    }

    static String text(ChromeDriver driver, String id) {
        return driver.findElement(By.id(id)).getText();
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
