package org.earlyhelp.assessment.family;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
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

/** When a family says no: the refusal on the family's record and timeline, an event for the early help team, the door left open. */
@QuarkusTest
class ConsentRefusalResourceTest {

    static final String REFUSALS = "/api/families/{id}/consent-refusals";

    final TopicReader broker = new TopicReader(ServiceTestStack.kafka().bootstrapServers());

    String refusal(String memberId, Object refusedOn, boolean told) {
        return """
                {"refusedByMemberId": "%s", "refusedOn": "%s", "reasons": "We are managing fine on our own",
                 "universalServicesOffered": ["Children's centre", "School nurse drop-in"], "toldDataIsRecorded": %s}"""
                .formatted(memberId, refusedOn, told);
    }

    @Test
    @DisplayName("POST consent-refusals: 201; the family record, the list and the timeline show it; ConsentRefused has no reasons; a later consent and assessment still go ahead")
    void aRefusalIsRecordedAndTheDoorStaysOpen() {
        List<String> ids = Api.registerFamily(TestTokens.teacher());
        String family = ids.get(0);
        String refusedOn = Api.today().minusDays(3).toString();
        String id = given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(refusal(ids.get(2), refusedOn, true))
                .post(REFUSALS, family).then().statusCode(201).header("Location", org.hamcrest.Matchers.containsString("/api/families/" + family + "/consent-refusals/"))
                .body("refusedByMemberId", equalTo(ids.get(2))).body("refusedOn", equalTo(refusedOn))
                .body("universalServicesOffered", hasSize(2)).body("toldDataIsRecorded", equalTo(true)).extract().path("id");

        given().auth().oauth2(TestTokens.teacher()).get("/api/families/{id}", family).then().statusCode(200)
                .body("consentRefusals", hasSize(1)).body("consentRefusals[0].id", equalTo(id))
                .body("consentRefusals[0].reasons", equalTo("We are managing fine on our own"));
        given().auth().oauth2(TestTokens.teacher()).get(REFUSALS, family).then().statusCode(200).body("total", equalTo(1));
        given().auth().oauth2(TestTokens.stranger()).get(REFUSALS, family).then().statusCode(404);
        given().auth().oauth2(TestTokens.teacher()).queryParam("familyId", family).get("/api/timeline").then().statusCode(200)
                .body("items.type", hasItem("CONSENT_REFUSED"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(broker.recordsFor("earlyhelp.assessment.events", family))
                .filteredOn(r -> "earlyhelp.assessment.consent-refused.v1".equals(TopicReader.header(r, "ce_type"))).singleElement()
                .satisfies(r -> assertThat(r.value()).contains(id, "\"universalServicesOffered\":2", refusedOn)
                        .doesNotContain("managing", "centre", "Beth")));

        // the door stays open
        Api.consent(TestTokens.teacher(), family, ids.get(2), ids.get(1), "\"ASSESSMENT\"", "", Api.today());
        Api.startAssessment(TestTokens.teacher(), family, ids.get(1));
    }

    @Test
    @DisplayName("not told the refusal is recorded, by a child, by someone outside the family, or dated after today: 422 each, nothing recorded; bad fields 400; a stranger 404, an auditor 403")
    void refusalRules() {
        List<String> ids = Api.registerFamily(TestTokens.teacher());
        String family = ids.get(0);
        String today = Api.today().toString();
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(refusal(ids.get(2), today, false)).post(REFUSALS, family)
                .then().statusCode(422).contentType("application/problem+json").body("rule", equalTo("refusal-told-data-is-recorded"));
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(refusal(ids.get(1), today, true)).post(REFUSALS, family)
                .then().statusCode(422).body("rule", equalTo("refusal-by-an-adult"));
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(refusal(java.util.UUID.randomUUID().toString(), today, true))
                .post(REFUSALS, family).then().statusCode(422).body("rule", equalTo("refusal-by-a-family-member"));
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(refusal(ids.get(2), Api.today().plusDays(1), true))
                .post(REFUSALS, family).then().statusCode(422).body("rule", equalTo("recorded-date-not-after-today"))
                .body("field", equalTo("refusedOn"));
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                .body("{\"refusedByMemberId\": \"%s\", \"refusedOn\": \"%s\", \"reasons\": \" \", \"toldDataIsRecorded\": true}".formatted(ids.get(2), today))
                .post(REFUSALS, family).then().statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItems("reasons", "universalServicesOffered"));
        given().auth().oauth2(TestTokens.teacher()).get(REFUSALS, family).then().statusCode(200).body("total", equalTo(0));

        given().auth().oauth2(TestTokens.stranger()).contentType(ContentType.JSON).body(refusal(ids.get(2), today, true)).post(REFUSALS, family)
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.auditor()).contentType(ContentType.JSON).body(refusal(ids.get(2), today, true)).post(REFUSALS, family)
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.earlyHelpTeam()).contentType(ContentType.JSON).body(refusal(ids.get(2), today, true)).post(REFUSALS, family)
                .then().statusCode(201);
    }
}
