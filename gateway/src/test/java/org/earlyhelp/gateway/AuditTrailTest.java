package org.earlyhelp.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import java.util.UUID;

import org.earlyhelp.localstack.TestTokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * One audit trail gathered by the gateway: three stub services answer their part, reporting-service answers an empty
 * one, notification-service is down.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(StubServices.class)
class AuditTrailTest {

    @Test
    @DisplayName("GET /api/audit?familyId= gathers every service's entries, refused ones included, newest first, each naming its service; the service that is down is named in missing")
    void everyServicesEntriesNewestFirst() {
        given().auth().oauth2(TestTokens.auditor()).queryParam("familyId", UUID.randomUUID()).get("/api/audit").then().statusCode(200)
                .body("total", equalTo(6)).body("items", hasSize(6))
                .body("items.at", contains("2027-03-22T10:00:00Z", "2027-03-22T10:00:00Z", "2027-03-22T10:00:00Z",
                        "2027-03-21T10:00:00Z", "2027-03-21T10:00:00Z", "2027-03-21T10:00:00Z"))
                .body("items.findAll { it.outcome == 'REFUSED' }", hasSize(3))
                .body("items.service", everyItem(org.hamcrest.Matchers.oneOf("assessment-service", "plan-service", "referral-service")))
                .body("missing", contains("notification-service"));
        given().auth().oauth2(TestTokens.auditor()).queryParam("familyId", UUID.randomUUID()).queryParam("size", 4).queryParam("page", 1)
                .get("/api/audit").then().statusCode(200).body("items", hasSize(2)).body("items.outcome", everyItem(equalTo("REFUSED")));
    }

    @Test
    @DisplayName("no familyId or bad paging is 400 problem naming it; a role every service refuses is 403; no token 401")
    void badInputAndRefusals() {
        given().auth().oauth2(TestTokens.auditor()).get("/api/audit").then().statusCode(400).contentType("application/problem+json")
                .body("detail", startsWith("familyId"));
        given().auth().oauth2(TestTokens.auditor()).queryParam("familyId", "nope").get("/api/audit").then().statusCode(400);
        given().auth().oauth2(TestTokens.auditor()).queryParam("familyId", UUID.randomUUID()).queryParam("size", 201).get("/api/audit")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.auditor()).queryParam("familyId", UUID.randomUUID()).queryParam("size", 200).queryParam("page", 10)
                .get("/api/audit").then().statusCode(400);
        given().auth().oauth2(TestTokens.teacher()).queryParam("familyId", "00000000-0000-0000-0000-000000000403").get("/api/audit")
                .then().statusCode(403).contentType("application/problem+json");
        given().queryParam("familyId", UUID.randomUUID()).get("/api/audit").then().statusCode(401);
    }
}
