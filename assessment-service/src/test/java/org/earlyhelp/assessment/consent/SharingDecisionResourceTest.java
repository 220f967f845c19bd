package org.earlyhelp.assessment.consent;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.earlyhelp.assessment.Api;
import org.earlyhelp.localstack.ServiceTestStack;
import org.earlyhelp.localstack.TestTokens;
import org.earlyhelp.localstack.TopicReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Sharing decisions that can be trusted: a ground, consent checked, a manager's agreement given by the manager. */
@QuarkusTest
class SharingDecisionResourceTest {

    static final String MANAGER = TestTokens.token("manager", TestTokens.DEFAULT_AREA, "early-help", "manager");
    static final String OTHER_AREAS_MANAGER = TestTokens.token("manager-hants", "hampshire", "early-help", "manager");
    static final String DECISIONS = "/api/families/{id}/sharing-decisions";
    static final String APPROVAL = "/api/families/{id}/sharing-decisions/{d}/approval";
    static final String SHARED = "/api/families/{id}/sharing-decisions/{d}/shared";

    final TopicReader broker = new TopicReader(ServiceTestStack.kafka().bootstrapServers());

    List<ConsumerRecord<String, String>> events(String family, String type) {
        return broker.recordsFor("earlyhelp.assessment.events", family).stream()
                .filter(r -> ("earlyhelp.assessment." + type + ".v1").equals(TopicReader.header(r, "ce_type"))).toList();
    }

    @Nested
    @DisplayName("on CONSENT")
    class OnConsent {
        @Test
        @DisplayName("without an active INFORMATION_SHARING consent naming the agency is 422 and records nothing; with one it is 201 RECORDED")
        void checkedAgainstTheFamilysConsent() {
            List<String> ids = Api.registerFamily(TestTokens.teacher());
            String family = ids.get(0);
            String body = """
                    {"shared": true, "ground": "CONSENT", "what": "The assessment", "withWhom": "GP surgery", "reason": "For the plan",
                     "sharedOn": "%s"}""".formatted(Api.today().minusDays(1));
            Api.consent(TestTokens.teacher(), family, ids.get(2), ids.get(1), "\"INFORMATION_SHARING\"", "\"Housing\"");
            given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(body).post(DECISIONS, family)
                    .then().statusCode(422).contentType("application/problem+json").body("rule", equalTo("sharing-on-consent-needs-an-active-consent"));
            given().auth().oauth2(TestTokens.teacher()).get(DECISIONS, family).then().statusCode(200).body("total", equalTo(0));

            Api.consent(TestTokens.teacher(), family, ids.get(2), ids.get(1), "\"INFORMATION_SHARING\"", "\"GP surgery\"");
            given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(body).post(DECISIONS, family)
                    .then().statusCode(201).body("status", equalTo("RECORDED")).body("ground", equalTo("CONSENT"))
                    .body("withConsent", equalTo(true)).body("sharedOn", equalTo(Api.today().minusDays(1).toString()));
            // the fields from before issue 19: withConsent: true alone is a share on CONSENT, checked the same way
            given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body("""
                    {"shared": true, "withConsent": true, "what": "The plan", "withWhom": "gp surgery", "reason": "For the plan"}""")
                    .post(DECISIONS, family).then().statusCode(201).body("ground", equalTo("CONSENT")).body("status", equalTo("RECORDED"));
            given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body("""
                    {"shared": true, "withConsent": true, "what": "The plan", "withWhom": "Police", "reason": "For the plan"}""")
                    .post(DECISIONS, family).then().statusCode(422).body("rule", equalTo("sharing-on-consent-needs-an-active-consent"));
        }

        @Test
        @DisplayName("sharedOn after today is 422 recorded-date-not-after-today naming sharedOn; an unknown ground is 400 naming ground")
        void badDatesAndGrounds() {
            List<String> ids = Api.registerFamily(TestTokens.teacher());
            Api.consent(TestTokens.teacher(), ids.get(0), ids.get(2), ids.get(1), "\"INFORMATION_SHARING\"", "\"GP surgery\"");
            given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body("""
                    {"shared": true, "ground": "CONSENT", "what": "x", "withWhom": "GP surgery", "reason": "r", "sharedOn": "%s"}"""
                    .formatted(Api.today().plusDays(1))).post(DECISIONS, ids.get(0))
                    .then().statusCode(422).body("rule", equalTo("recorded-date-not-after-today")).body("field", equalTo("sharedOn"));
            given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body("""
                    {"shared": true, "ground": "BECAUSE", "what": "x", "withWhom": "GP surgery", "reason": "r"}""").post(DECISIONS, ids.get(0))
                    .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("ground"));
            given().auth().oauth2(TestTokens.teacher()).get(DECISIONS, ids.get(0)).then().statusCode(200).body("total", equalTo(0));
        }
    }

    @Nested
    @DisplayName("without consent")
    class WithoutConsent {
        @Test
        @DisplayName("SIGNIFICANT_HARM stays PENDING_APPROVAL (the named manager told) until a manager approves with their own token; the requester's approval is 403")
        void pendingUntilTheManagerApproves() {
            List<String> ids = Api.registerFamily(TestTokens.teacher());
            String family = ids.get(0);
            String decision = Api.pendingSharingDecision(TestTokens.teacher(), family);
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(events(family, "sharing-approval-requested")).singleElement()
                    .satisfies(r -> assertThat(r.value()).contains("\"managerUserId\":\"manager\"", "\"requestedByUserId\":\"teacher\"",
                            "\"ground\":\"SIGNIFICANT_HARM\"", decision).doesNotContain("Bruising", "Police", "The assessment")));

            String approve = "{\"approved\": true, \"note\": \"Proportionate given the bruising\"}";
            given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(approve).post(APPROVAL, family, decision)
                    .then().statusCode(403).contentType("application/problem+json");
            given().auth().oauth2(TestTokens.earlyHelpTeam()).contentType(ContentType.JSON).body(approve).post(APPROVAL, family, decision)
                    .then().statusCode(403);
            given().auth().oauth2(TestTokens.auditor()).contentType(ContentType.JSON).body(approve).post(APPROVAL, family, decision)
                    .then().statusCode(403);
            given().auth().oauth2(TestTokens.stranger()).contentType(ContentType.JSON).body(approve).post(APPROVAL, family, decision)
                    .then().statusCode(404);
            given().auth().oauth2(OTHER_AREAS_MANAGER).contentType(ContentType.JSON).body(approve).post(APPROVAL, family, decision)
                    .then().statusCode(404);
            given().auth().oauth2(TestTokens.teacher()).get(DECISIONS + "/{d}", family, decision).then().statusCode(200)
                    .body("status", equalTo("PENDING_APPROVAL")).body("approval", nullValue());

            // the manager reads what they are asked to agree to, then agrees
            given().auth().oauth2(MANAGER).get(DECISIONS + "/{d}", family, decision).then().statusCode(200)
                    .body("reason", equalTo("Bruising seen at school")).body("decidedBy", equalTo("teacher"));
            given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(approve).post(APPROVAL, family, decision)
                    .then().statusCode(200).body("status", equalTo("APPROVED")).body("approval.approved", equalTo(true))
                    .body("approval.decidedBy", equalTo("manager")).body("approval.decidedOn", equalTo(Api.today().toString()));
            given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(approve).post(APPROVAL, family, decision)
                    .then().statusCode(409);
            given().auth().oauth2(TestTokens.teacher()).get(DECISIONS, family).then().statusCode(200)
                    .body("items.status", hasItem("APPROVED"));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(events(family, "sharing-decision-approved")).singleElement()
                    .satisfies(r -> assertThat(r.value()).contains("\"approvedByUserId\":\"manager\"", "\"requestedByUserId\":\"teacher\"")
                            .doesNotContain("Proportionate")));
        }

        @Test
        @DisplayName("a manager refuses with a note (without one 422, nothing changed): REFUSED, SharingDecisionRefused raised")
        void aManagerRefuses() {
            String family = Api.registerFamily(TestTokens.teacher()).get(0);
            String decision = Api.pendingSharingDecision(TestTokens.teacher(), family);
            given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body("{\"approved\": false}").post(APPROVAL, family, decision)
                    .then().statusCode(422).body("rule", equalTo("refused-approval-needs-a-note"));
            given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body("{\"note\": \"x\"}").post(APPROVAL, family, decision)
                    .then().statusCode(400).body("errors[0].field", equalTo("approved"));
            given().auth().oauth2(TestTokens.teacher()).get(DECISIONS + "/{d}", family, decision).then().body("status", equalTo("PENDING_APPROVAL"));
            given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body("{\"approved\": false, \"note\": \"Speak to the family first\"}")
                    .post(APPROVAL, family, decision).then().statusCode(200).body("status", equalTo("REFUSED"))
                    .body("approval.note", equalTo("Speak to the family first"));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(events(family, "sharing-decision-refused")).hasSize(1));
            assertThat(events(family, "sharing-decision-approved")).isEmpty();
        }

        @Test
        @DisplayName("a decision on consent awaits no manager: its approval is 409, and a manager may not read it (404)")
        void nothingToApproveOnConsent() {
            List<String> ids = Api.registerFamily(TestTokens.teacher());
            Api.consent(TestTokens.teacher(), ids.get(0), ids.get(2), ids.get(1), "\"INFORMATION_SHARING\"", "\"GP surgery\"");
            String decision = given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body("""
                    {"shared": true, "ground": "CONSENT", "what": "x", "withWhom": "GP surgery", "reason": "r"}""")
                    .post(DECISIONS, ids.get(0)).then().statusCode(201).extract().path("id");
            given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body("{\"approved\": true}").post(APPROVAL, ids.get(0), decision)
                    .then().statusCode(409);
            given().auth().oauth2(MANAGER).get(DECISIONS + "/{d}", ids.get(0), decision).then().statusCode(404);
            given().auth().oauth2(MANAGER).get(DECISIONS, ids.get(0)).then().statusCode(404);
        }
    }

    @Nested
    @DisplayName("when it was shared")
    class WhenShared {
        @Test
        @DisplayName("POST .../shared: 409 while it awaits the manager; after approval the requester records sharedOn once (200, then 409); someone who does not see the family 404; a date after today 422")
        void recordedAfterTheManagersAgreement() {
            List<String> ids = Api.registerFamily(TestTokens.teacher());
            String family = ids.get(0);
            String decision = Api.pendingSharingDecision(TestTokens.teacher(), family);
            String shared = "{\"sharedOn\": \"%s\"}";
            given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(shared.formatted(Api.today()))
                    .post(SHARED, family, decision).then().statusCode(409).body("rule", equalTo("shared-only-when-agreed"));
            given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body("{\"approved\": true}").post(APPROVAL, family, decision)
                    .then().statusCode(200);
            given().auth().oauth2(TestTokens.stranger()).contentType(ContentType.JSON).body(shared.formatted(Api.today()))
                    .post(SHARED, family, decision).then().statusCode(404);
            given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(shared.formatted(Api.today().plusDays(1)))
                    .post(SHARED, family, decision).then().statusCode(422).body("field", equalTo("sharedOn"));
            given().auth().oauth2(TestTokens.teacher()).get(DECISIONS + "/{d}", family, decision).then().body("sharedOn", nullValue());
            given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(shared.formatted(Api.today()))
                    .post(SHARED, family, decision).then().statusCode(200).body("sharedOn", equalTo(Api.today().toString()))
                    .body("status", equalTo("APPROVED"));
            given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(shared.formatted(Api.today()))
                    .post(SHARED, family, decision).then().statusCode(409).body("rule", equalTo("shared-on-recorded-once"));
        }
    }
}
