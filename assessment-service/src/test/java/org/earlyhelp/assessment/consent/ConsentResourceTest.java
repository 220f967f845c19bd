package org.earlyhelp.assessment.consent;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.earlyhelp.assessment.Api;
import org.earlyhelp.localstack.ServiceTestStack;
import org.earlyhelp.localstack.TestTokens;
import org.earlyhelp.localstack.TopicReader;
import org.earlyhelp.platform.time.RecordedDates;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ConsentResourceTest {

    final TopicReader broker = new TopicReader(ServiceTestStack.kafka().bootstrapServers());

    @Inject
    Clock clock;

    @Test
    @DisplayName("a consent naming an agency lets that agency's practitioners see the family; its withdrawal takes that away")
    void consentGrantsAndWithdrawalRevokesAgencyAccess() {
        List<String> ids = Api.registerFamily(TestTokens.teacher());
        String family = ids.get(0);
        given().auth().oauth2(TestTokens.healthVisitor()).get("/api/families/{id}", family).then().statusCode(404);

        String consent = Api.consent(TestTokens.teacher(), family, ids.get(2), ids.get(1), "\"ASSESSMENT\", \"INFORMATION_SHARING\"", "\"health\"");
        LocalDate withdrawnOn = RecordedDates.today(clock).minusDays(10); // the consent was given 30 days ago
        given().auth().oauth2(TestTokens.healthVisitor()).get("/api/families/{id}", family).then().statusCode(200);
        given().auth().oauth2(TestTokens.healthVisitor()).get("/api/families/{id}/consents", family).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].active", equalTo(true)).body("items[0].sharedWithAgencies[0]", equalTo("health"));

        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                .body("{\"withdrawnOn\": \"%s\", \"reason\": \"The family no longer wants support\"}".formatted(withdrawnOn))
                .post("/api/families/{id}/consents/{c}/withdrawal", family, consent).then().statusCode(200)
                .body("active", equalTo(false)).body("withdrawnOn", equalTo(withdrawnOn.toString()));
        given().auth().oauth2(TestTokens.healthVisitor()).get("/api/families/{id}", family).then().statusCode(404);
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                .body("{\"withdrawnOn\": \"%s\", \"reason\": \"again\"}".formatted(withdrawnOn.plusDays(1)))
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
        LocalDate givenOn = RecordedDates.today(clock).minusDays(17);
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body("""
                {"givenByMemberId": "00000000-0000-0000-0000-000000000001", "coversMemberIds": ["%s"], "purposes": ["ASSESSMENT"],
                 "method": "WRITTEN", "givenOn": "%s"}""".formatted(ids.get(1), givenOn))
                .post("/api/families/{id}/consents", ids.get(0)).then().statusCode(422).body("detail", containsString("givenByMemberId"));
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body("""
                {"givenByMemberId": "%s", "coversMemberIds": [], "purposes": ["FOREVER"], "method": "WRITTEN"}""".formatted(ids.get(2)))
                .post("/api/families/{id}/consents", ids.get(0)).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("purposes[0]"));
        given().auth().oauth2(TestTokens.stranger()).contentType(ContentType.JSON).body("""
                {"givenByMemberId": "%s", "coversMemberIds": ["%s"], "purposes": ["ASSESSMENT"], "method": "WRITTEN", "givenOn": "%s"}"""
                .formatted(ids.get(2), ids.get(1), givenOn)).post("/api/families/{id}/consents", ids.get(0)).then().statusCode(404);
    }

    @Test
    @DisplayName("givenOn or withdrawnOn after today is 422 recorded-date-not-after-today naming the field; withdrawnOn before givenOn is 422 withdrawal-after-consent; nothing is written; back-dated dates are 201 and 200")
    void consentDates() {
        LocalDate today = RecordedDates.today(clock);
        List<String> ids = Api.registerFamily(TestTokens.teacher());
        String family = ids.get(0);
        String consents = "/api/families/{id}/consents";
        String body = """
                {"givenByMemberId": "%s", "coversMemberIds": ["%s"], "purposes": ["ASSESSMENT"], "method": "WRITTEN", "givenOn": "%s"}""";

        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(body.formatted(ids.get(2), ids.get(1), today.plusDays(1)))
                .post(consents, family).then().statusCode(422).contentType("application/problem+json")
                .body("rule", equalTo("recorded-date-not-after-today")).body("field", equalTo("givenOn"));
        given().auth().oauth2(TestTokens.teacher()).get(consents, family).then().statusCode(200).body("items", hasSize(0));

        LocalDate givenOn = today.minusYears(2);
        String consent = given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                .body(body.formatted(ids.get(2), ids.get(1), givenOn)).post(consents, family).then().statusCode(201)
                .body("givenOn", equalTo(givenOn.toString())).extract().path("id");

        String withdrawal = "/api/families/{id}/consents/{c}/withdrawal";
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                .body("{\"withdrawnOn\": \"%s\", \"reason\": \"Moved\"}".formatted(today.plusDays(1)))
                .post(withdrawal, family, consent).then().statusCode(422).contentType("application/problem+json")
                .body("rule", equalTo("recorded-date-not-after-today")).body("field", equalTo("withdrawnOn"));
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                .body("{\"withdrawnOn\": \"%s\", \"reason\": \"Moved\"}".formatted(givenOn.minusDays(1)))
                .post(withdrawal, family, consent).then().statusCode(422).contentType("application/problem+json")
                .body("rule", equalTo("withdrawal-after-consent")).body("field", equalTo("withdrawnOn"))
                .body("detail", containsString(givenOn.toString()));
        given().auth().oauth2(TestTokens.teacher()).get(consents, family).then().statusCode(200).body("items", hasSize(1))
                .body("items[0].active", equalTo(true)).body("items[0].withdrawnOn", org.hamcrest.Matchers.nullValue());

        LocalDate withdrawnOn = givenOn.plusMonths(5);
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                .body("{\"withdrawnOn\": \"%s\", \"reason\": \"Moved\"}".formatted(withdrawnOn))
                .post(withdrawal, family, consent).then().statusCode(200)
                .body("active", equalTo(false)).body("withdrawnOn", equalTo(withdrawnOn.toString()));
    }

    @Test
    @DisplayName("POST /api/families/{id}/sharing-decisions: 422 without a reason, 422 without a ground or a manager when there is no consent, else 201")
    void sharingDecisions() {
        String family = Api.registerFamily(TestTokens.teacher()).get(0);
        String path = "/api/families/{id}/sharing-decisions";
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                .body("{\"shared\": true, \"withConsent\": true, \"what\": \"The assessment\", \"withWhom\": \"GP surgery\"}")
                .post(path, family).then().statusCode(422).body("rule", equalTo("sharing-decision-needs-a-reason"));
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                .body("{\"shared\": true, \"withConsent\": false, \"what\": \"The assessment\", \"withWhom\": \"Police\", \"reason\": \"Risk of significant harm\", \"managerUserId\": \"manager\"}")
                .post(path, family).then().statusCode(422).body("rule", equalTo("sharing-without-consent-needs-a-ground"));
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                .body("{\"shared\": true, \"withConsent\": false, \"ground\": \"SIGNIFICANT_HARM\", \"what\": \"The assessment\", \"withWhom\": \"Police\", \"reason\": \"Risk of significant harm\"}")
                .post(path, family).then().statusCode(422).body("rule", equalTo("sharing-without-consent-needs-a-manager"));
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                .body("{\"shared\": true, \"withConsent\": false, \"ground\": \"SIGNIFICANT_HARM\", \"what\": \"The assessment\", \"withWhom\": \"Police\", \"reason\": \"Risk of significant harm\", \"managerUserId\": \"manager\"}")
                .post(path, family).then().statusCode(201).body("managerUserId", equalTo("manager")).body("decidedBy", equalTo("teacher"))
                .body("status", equalTo("PENDING_APPROVAL"));
        given().auth().oauth2(TestTokens.teacher()).get(path, family).then().statusCode(200).body("total", equalTo(1));
        given().auth().oauth2(TestTokens.stranger()).get(path, family).then().statusCode(404);
    }
}
