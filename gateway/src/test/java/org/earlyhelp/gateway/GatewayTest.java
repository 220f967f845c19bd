package org.earlyhelp.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import org.earlyhelp.localstack.TestTokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(StubServices.class)
class GatewayTest {

    @Test
    @DisplayName("no token: the gateway answers 401 problem itself and nothing reaches a service")
    void noTokenIs401() {
        StubServices.lastPath.set(null);
        given().get("/api/plans").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer").body("status", equalTo(401));
        assertThat(StubServices.lastPath.get()).isNull();
    }

    @Test
    @DisplayName("a token signed by another key answers 401 problem")
    void forgedTokenIs401() {
        given().auth().oauth2(TestTokens.forgedToken("teacher")).get("/api/plans")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    @DisplayName("a token signed by the issuer but for another audience (as an ID token is) is 401")
    void tokenForAnotherAudienceIs401() {
        given().auth().oauth2(TestTokens.tokenForAudience("earlyhelp-cli", "teacher", TestTokens.DEFAULT_AREA, "school", "practitioner"))
                .get("/api/plans").then().statusCode(401);
        given().auth().oauth2(TestTokens.teacher()).get("/api/plans").then().statusCode(200);
    }

    @Test
    @DisplayName("a verified token is passed on to the owning service, with the path and query")
    void routesToTheOwningServiceWithTheToken() {
        String token = TestTokens.teacher();
        given().auth().oauth2(token).get("/api/step-downs/123?x=1").then().statusCode(200).body("path", equalTo("/api/step-downs/123"));
        assertThat(StubServices.lastAuthorization.get()).isEqualTo("Bearer " + token);
        assertThat(StubServices.lastPath.get()).isEqualTo("/api/step-downs/123?x=1");
    }

    @Test
    @DisplayName("request metrics name the route with {id}, never a family's or a referral's own id")
    void metricsFoldIdsIntoTheRoute() {
        String id = java.util.UUID.randomUUID().toString();
        given().auth().oauth2(TestTokens.teacher()).get("/api/step-downs/" + id + "/acceptance").then().statusCode(200);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("uri=\"/api/step-downs/{id}/*\"").doesNotContain(id);
    }

    @Test
    @DisplayName("an /api path no service owns answers 404 problem")
    void unknownPathIs404() {
        given().auth().oauth2(TestTokens.teacher()).get("/api/nowhere").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @DisplayName("readiness lists one named check per downstream service; one down makes the gateway not ready")
    void readinessNamesEachService() {
        given().get("/q/health/ready").then().statusCode(503)
                .body("checks.name", hasItems("assessment-service", "plan-service", "referral-service", "notification-service"))
                .body("checks.find { it.name == 'plan-service' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'notification-service' }.status", equalTo("DOWN"));
        given().get("/q/health/live").then().statusCode(200);
    }
}
