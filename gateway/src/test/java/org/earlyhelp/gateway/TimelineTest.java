package org.earlyhelp.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.UUID;

import org.earlyhelp.localstack.TestTokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The family timeline gathered by the gateway: three stub services answer, notification-service is down, and
 * reporting-service (no part in a timeline: {@code timeline=false}) is not asked.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(StubServices.class)
class TimelineTest {

    @Test
    @DisplayName("every service's entries, merged in date order and paged; the service that is down is named in missing")
    void mergedInDateOrderWithTheGapNamed() {
        int reportingAsked = ReportingStub.timelineAsked.get();
        given().auth().oauth2(TestTokens.teacher()).get("/api/families/{id}/timeline", UUID.randomUUID()).then().statusCode(200)
                .body("total", equalTo(6)).body("size", equalTo(100))
                .body("items.type", contains("ASSESSMENT_COMPLETED", "ASSESSMENT_COMPLETED", "ASSESSMENT_COMPLETED",
                        "PLAN_OPENED", "PLAN_OPENED", "PLAN_OPENED"))
                .body("missing", contains("notification-service"));
        given().auth().oauth2(TestTokens.teacher()).queryParam("size", 2).queryParam("page", 1)
                .get("/api/families/{id}/timeline", UUID.randomUUID()).then().statusCode(200)
                .body("items", hasSize(2)).body("items[0].type", equalTo("ASSESSMENT_COMPLETED")).body("items[1].type", equalTo("PLAN_OPENED"));
        org.assertj.core.api.Assertions.assertThat(ReportingStub.timelineAsked.get()).as("reporting-service asked for a timeline")
                .isEqualTo(reportingAsked);
    }

    @Test
    @DisplayName("a family the owning service will not show is 404; a malformed id 400; no token 401")
    void accessAndBadInput() {
        given().auth().oauth2(TestTokens.teacher()).get("/api/families/{id}/timeline", "00000000-0000-0000-0000-000000000000").then()
                .statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.teacher()).get("/api/families/not-an-id/timeline").then().statusCode(400)
                .contentType("application/problem+json");
        given().get("/api/families/{id}/timeline", UUID.randomUUID()).then().statusCode(401);
    }
}
