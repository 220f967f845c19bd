package org.earlyhelp.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.earlyhelp.localstack.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;

/** reporting-service behind the gateway (a stub of its own, {@link ReportingStub}): its reports, their CSV and its HTML page. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(StubServices.class)
class ReportsRouteTest {

    /** A caller of its own, so the per-caller rate limit (40 a minute in tests) counts only this class's requests. */
    static String manager() {
        return TestTokens.token("reports-manager", TestTokens.DEFAULT_AREA, "early-help", "manager");
    }

    @BeforeEach
    void forget() {
        ReportingStub.forget();
    }

    @Test
    @DisplayName("GET /api/reports/partnership reaches reporting-service with the caller's token, path and query")
    void reportReachesReportingServiceWithTheToken() {
        String token = manager();
        given().auth().oauth2(token).queryParam("area", "isle-of-wight").queryParam("from", "2026-04-01").queryParam("to", "2027-03-31")
                .get("/api/reports/partnership").then().statusCode(200)
                .body("servedBy", equalTo("reporting-stub")).body("path", equalTo("/api/reports/partnership"));
        assertThat(ReportingStub.lastAuthorization.get()).isEqualTo("Bearer " + token);
        assertThat(ReportingStub.lastRequest.get()).isEqualTo("GET /api/reports/partnership?area=isle-of-wight&from=2026-04-01&to=2027-03-31");
    }

    @Test
    @DisplayName("Accept: text/csv: the CSV passes through unchanged, with its Content-Type and Content-Disposition")
    void csvPassesThroughUnchanged() {
        Response answer = given().auth().oauth2(manager()).accept("text/csv").get("/api/reports/partnership");
        answer.then().statusCode(200);
        assertThat(answer.getHeader("Content-Type")).isEqualTo(ReportingStub.CSV_TYPE);
        assertThat(answer.getHeader("Content-Disposition")).isEqualTo(ReportingStub.CSV_DISPOSITION);
        assertThat(answer.asByteArray()).isEqualTo(ReportingStub.CSV.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(answer.getHeaders().getValues("Content-Type")).hasSize(1);
    }

    @Test
    @DisplayName("GET /reports/partnership (the HTML page) reaches reporting-service with the token; the page passes through unchanged, never cached, under a CSP without script")
    void pageReachesReportingServiceWithTheToken() {
        String token = manager();
        Response answer = given().auth().oauth2(token).queryParam("area", "isle-of-wight").get("/reports/partnership");
        answer.then().statusCode(200)
                .header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff").header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Content-Security-Policy", containsString("style-src 'unsafe-inline'"));
        assertThat(answer.getHeader("Content-Type")).isEqualTo(ReportingStub.HTML_TYPE);
        assertThat(answer.asString()).isEqualTo(ReportingStub.HTML);
        assertThat(answer.getHeader("Content-Security-Policy")).doesNotContain("script-src");
        assertThat(ReportingStub.lastAuthorization.get()).isEqualTo("Bearer " + token);
        assertThat(ReportingStub.lastRequest.get()).isEqualTo("GET /reports/partnership?area=isle-of-wight");
    }

    @Test
    @DisplayName("the page needs a verified token like the API: none or a forged one is a 401 problem at the gateway, and nothing reaches the service")
    void pageWithoutAValidTokenIs401() {
        given().get("/reports/partnership").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
        given().get("/reports/partnership/print").then().statusCode(401);
        given().auth().oauth2(TestTokens.forgedToken("reports-manager")).get("/reports/partnership").then().statusCode(401);
        given().get("/api/reports/partnership").then().statusCode(401).contentType("application/problem+json");
        assertThat(ReportingStub.lastRequest.get()).isNull();
    }

    @Test
    @DisplayName("a path beside the page (/reports/partnership-x) is not routed to reporting-service")
    void aNeighbourOfThePageIsNotRouted() {
        given().auth().oauth2(manager()).get("/reports/partnership-x").then().statusCode(404);
        assertThat(ReportingStub.lastRequest.get()).isNull();
    }

    @Test
    @DisplayName("a page request takes one request from the caller's rate limit, as an API request does")
    void pageCountsOnceAgainstTheRateLimit() {
        String token = TestTokens.token("reports-counter", TestTokens.DEFAULT_AREA, "early-help", "manager");
        int first = Integer.parseInt(given().auth().oauth2(token).get("/reports/partnership").then().statusCode(200)
                .extract().header("RateLimit-Remaining"));
        int second = Integer.parseInt(given().auth().oauth2(token).get("/reports/partnership").then().statusCode(200)
                .extract().header("RateLimit-Remaining"));
        assertThat(second).isEqualTo(first - 1);
    }

    @Test
    @DisplayName("POST /api/reports/rebuild reaches reporting-service as a POST, and its 202 comes back")
    void rebuildReachesReportingService() {
        String admin = TestTokens.token("reports-admin", TestTokens.DEFAULT_AREA, "early-help", "admin");
        given().auth().oauth2(admin).post("/api/reports/rebuild").then().statusCode(202).body("startedAt", equalTo("2027-03-22T10:00:00Z"));
        assertThat(ReportingStub.lastRequest.get()).isEqualTo("POST /api/reports/rebuild");
        assertThat(ReportingStub.lastAuthorization.get()).isEqualTo("Bearer " + admin);
    }
}
