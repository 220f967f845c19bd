package org.earlyhelp.assessment.consent;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.util.List;

import org.earlyhelp.assessment.Api;
import org.earlyhelp.localstack.ServiceTestStack;
import org.earlyhelp.localstack.TestTokens;
import org.earlyhelp.localstack.TopicReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ConsentResourceTest {

    final TopicReader broker = new TopicReader(ServiceTestStack.kafka().bootstrapServers());

    @Test
    @DisplayName("a consent naming an agency lets that agency's practitioners see the family; its withdrawal takes that away")
    void consentGrantsAndWithdrawalRevokesAgencyAccess() {
        List<String> ids = Api.registerFamily(TestTokens.teacher());
        String family = ids.get(0);
        given().auth().oauth2(TestTokens.healthVisitor()).get("/api/families/{id}", family).then().statusCode(404);

        String consent = Api.consent(TestTokens.teacher(), family, ids.get(2), ids.get(1), "\"ASSESSMENT\", \"INFORMATION_SHARING\"", "\"health\"");
        given().auth().oauth2(TestTokens.healthVisitor()).get("/api/families/{id}", family).then().statusCode(200);
        given().auth().oauth2(TestTokens.healthVisitor()).get("/api/families/{id}/consents", family).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].active", equalTo(true)).body("items[0].sharedWithAgencies[0]", equalTo("health"));

        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                .body("{\"withdrawnOn\": \"2026-11-25\", \"reason\": \"The family no longer wants support\"}")
                .post("/api/families/{id}/consents/{c}/withdrawal", family, consent).then().statusCode(200)
                .body("active", equalTo(false)).body("withdrawnOn", equalTo("2026-11-25"));
        given().auth().oauth2(TestTokens.healthVisitor()).get("/api/families/{id}", family).then().statusCode(404);
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                .body("{\"withdrawnOn\": \"2026-11-26\", \"reason\": \"again\"}")
                .post("/api/families/{id}/consents/{c}/withdrawal", family, consent).then().statusCode(409);

        // a family that withdrew can consent again
        Api.consent(TestTokens.teacher(), family, ids.get(2), ids.get(1), "\"ASSESSMENT\"", "\"health\"");
        given().auth().oauth2(TestTokens.healthVisitor()).get("/api/families/{id}", family).then().statusCode(200);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(broker.recordsFor("earlyhelp.assessment.events", family)
                .stream().map(r -> TopicReader.header(r, "ce_type")).toList()).containsExactly(
                        "earlyhelp.assessment.family-registered.v1", "earlyhelp.assessment.consent-recorded.v1",
                        "earlyhelp.assessment.consent-withdrawn.v1", "earlyhelp.assessment.consent-recorded.v1"));
        assertThat(broker.recordsFor("earlyhelp.assessment.events", family)).allSatisfy(r ->
                assertThat(r.value()).doesNotContain("Amy", "Beth", "no longer wants support"));
    }

    @Test
    @DisplayName("a consent from someone outside the family answers 422; bad fields 400; a stranger 404")
    void consentRules() {
        List<String> ids = Api.registerFamily(TestTokens.teacher());
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body("""
                {"givenByMemberId": "00000000-0000-0000-0000-000000000001", "coversMemberIds": ["%s"], "purposes": ["ASSESSMENT"],
                 "method": "WRITTEN", "givenOn": "2026-11-20"}""".formatted(ids.get(1)))
                .post("/api/families/{id}/consents", ids.get(0)).then().statusCode(422).body("detail", containsString("givenByMemberId"));
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body("""
                {"givenByMemberId": "%s", "coversMemberIds": [], "purposes": ["FOREVER"], "method": "WRITTEN"}""".formatted(ids.get(2)))
                .post("/api/families/{id}/consents", ids.get(0)).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("purposes[0]"));
        given().auth().oauth2(TestTokens.stranger()).contentType(ContentType.JSON).body("""
                {"givenByMemberId": "%s", "coversMemberIds": ["%s"], "purposes": ["ASSESSMENT"], "method": "WRITTEN", "givenOn": "2026-11-20"}"""
                .formatted(ids.get(2), ids.get(1))).post("/api/families/{id}/consents", ids.get(0)).then().statusCode(404);
    }

    @Test
    @DisplayName("POST /api/families/{id}/sharing-decisions: 422 without a reason, 422 without a manager when there is no consent, else 201")
    void sharingDecisions() {
        String family = Api.registerFamily(TestTokens.teacher()).get(0);
        String path = "/api/families/{id}/sharing-decisions";
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                .body("{\"shared\": true, \"withConsent\": true, \"what\": \"The assessment\", \"withWhom\": \"GP surgery\"}")
                .post(path, family).then().statusCode(422).body("rule", equalTo("sharing-decision-needs-a-reason"));
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                .body("{\"shared\": true, \"withConsent\": false, \"what\": \"The assessment\", \"withWhom\": \"Police\", \"reason\": \"Risk of significant harm\"}")
                .post(path, family).then().statusCode(422).body("rule", equalTo("sharing-without-consent-needs-a-manager"));
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                .body("{\"shared\": true, \"withConsent\": false, \"what\": \"The assessment\", \"withWhom\": \"Police\", \"reason\": \"Risk of significant harm\", \"managerUserId\": \"manager\"}")
                .post(path, family).then().statusCode(201).body("managerUserId", equalTo("manager")).body("decidedBy", equalTo("teacher"));
        given().auth().oauth2(TestTokens.teacher()).get(path, family).then().statusCode(200).body("total", equalTo(1));
        given().auth().oauth2(TestTokens.stranger()).get(path, family).then().statusCode(404);
    }
}
