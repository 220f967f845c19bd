package org.earlyhelp.referral.stepdown;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.earlyhelp.events.assessment.ConsentRecordedV1;
import org.earlyhelp.events.assessment.FamilyRegisteredV1;
import org.earlyhelp.localstack.TopicWriter;
import org.earlyhelp.platform.access.FamilyCircle;
import org.earlyhelp.platform.audit.AuditTrail;
import org.earlyhelp.platform.time.RecordedDates;
import org.earlyhelp.platform.web.PageRequest;
import org.earlyhelp.referral.CscFamilies;
import org.earlyhelp.localstack.ServiceTestStack;
import org.earlyhelp.localstack.TestTokens;
import org.earlyhelp.localstack.TopicReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class StepDownResourceTest {

    static final String TOPIC = "earlyhelp.referral.events";

    @Inject
    FamilyCircle circle;
    @Inject
    AuditTrail audit;
    @Inject
    ObjectMapper json;
    @Inject
    Clock clock;
    final TopicReader broker = new TopicReader(ServiceTestStack.kafka().bootstrapServers());

    LocalDate today() {
        return RecordedDates.today(clock);
    }

    String propose(UUID familyId) {
        return given().auth().oauth2(TestTokens.socialWorker()).contentType(ContentType.JSON)
                .body(StepDownBodies.proposal(familyId, true, "teacher"))
                .post("/api/step-downs").then().statusCode(201).extract().path("id");
    }

    List<ConsumerRecord<String, String>> eventsOf(UUID familyId, String type) {
        return broker.recordsFor(TOPIC, familyId.toString()).stream()
                .filter(r -> type.equals(TopicReader.header(r, "ce_type"))).toList();
    }

    @Nested
    @DisplayName("POST /api/step-downs")
    class Propose {

        @Test
        @DisplayName("as a social worker answers 201 PROPOSED with Location, and publishes StepDownProposed")
        void socialWorkerProposes() {
            UUID familyId = CscFamilies.known();
            String id = given().auth().oauth2(TestTokens.socialWorker()).contentType(ContentType.JSON)
                    .body(StepDownBodies.proposal(familyId, true, "teacher"))
                    .post("/api/step-downs")
                    .then().statusCode(201)
                    .header("Location", containsString("/api/step-downs/"))
                    .header("ETag", notNullValue())
                    .body("status", equalTo("PROPOSED"))
                    .body("familyId", equalTo(familyId.toString()))
                    .body("goalsCarriedOver[0].needIndicator", equalTo("PERSISTENT_ABSENCE"))
                    .body("proposedOn", equalTo(today().toString()))
                    .extract().path("id");
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(eventsOf(familyId, "earlyhelp.referral.step-down-proposed.v1")).hasSize(1));
            assertThat(eventsOf(familyId, "earlyhelp.referral.step-down-proposed.v1").get(0).value())
                    .contains(id, "\"proposedOn\":\"" + today() + "\"");
        }

        @Test
        @DisplayName("for a family CSC does not see (unknown, or known to early help only) answers 404, writes nothing, publishes nothing, audits the refusal")
        void familyCscDoesNotSeeIs404() {
            UUID unknown = UUID.randomUUID();
            UUID earlyHelpOnly = UUID.randomUUID();
            QuarkusTransaction.requiringNew().run(() -> circle.addUsers(TestTokens.DEFAULT_AREA, earlyHelpOnly, List.of("teacher"), earlyHelpOnly));
            for (UUID familyId : List.of(unknown, earlyHelpOnly)) {
                given().auth().oauth2(TestTokens.socialWorker()).contentType(ContentType.JSON)
                        .body(StepDownBodies.proposal(familyId, true, "teacher")).post("/api/step-downs")
                        .then().statusCode(404).contentType("application/problem+json");
                given().auth().oauth2(TestTokens.earlyHelpTeam()).queryParam("familyId", familyId).get("/api/step-downs")
                        .then().statusCode(200).body("total", equalTo(0));
                assertThat(audit.ofFamily(TestTokens.DEFAULT_AREA, familyId, PageRequest.of(0, 10)).items())
                        .extracting(e -> e.action + ":" + e.outcome).containsExactly("step-down.propose:REFUSED");
            }
            // nothing was published for either family, so no other service learns of a CSC involvement
            given().auth().oauth2(TestTokens.socialWorker()).contentType(ContentType.JSON)
                    .body(StepDownBodies.proposal(CscFamilies.known(), true, "teacher")).post("/api/step-downs").then().statusCode(201);
            assertThat(broker.recordsFor(TOPIC, unknown.toString())).isEmpty();
            assertThat(broker.recordsFor(TOPIC, earlyHelpOnly.toString())).isEmpty();
        }

        @Test
        @DisplayName("CSC sees a family once a referral about it has reached CSC; a draft referral is not enough")
        void referralThatReachedCscLetsItProposeAStepDown() {
            UUID familyId = UUID.randomUUID();
            QuarkusTransaction.requiringNew().run(() -> circle.addUsers(TestTokens.DEFAULT_AREA, familyId, List.of("teacher"), familyId));
            given().auth().oauth2(TestTokens.socialWorker()).contentType(ContentType.JSON)
                    .body(StepDownBodies.proposal(familyId, true, "teacher")).post("/api/step-downs").then().statusCode(404);
            given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body("""
                    {"familyId": "%s", "childMemberIds": ["%s"], "concerns": "Bruising seen twice", "significantHarm": false,
                     "familyConsented": true, "earlyHelpSoFar": "Plan since January"}""".formatted(familyId, UUID.randomUUID()))
                    .post("/api/referrals").then().statusCode(201);
            given().auth().oauth2(TestTokens.socialWorker()).contentType(ContentType.JSON)
                    .body(StepDownBodies.proposal(familyId, true, "teacher")).post("/api/step-downs").then().statusCode(201);
        }

        @Test
        @DisplayName("CSC sees a family it registered (FamilyRegistered from the broker, agency childrens-social-care) or whose consent names it")
        void registrationOrConsentByCscLetsItProposeAStepDown() throws Exception {
            UUID registered = UUID.randomUUID();
            UUID consented = UUID.randomUUID();
            try (TopicWriter writer = new TopicWriter(ServiceTestStack.kafka().bootstrapServers())) {
                writer.send("earlyhelp.assessment.events", registered.toString(), UUID.randomUUID().toString(),
                        "earlyhelp.assessment.family-registered.v1", json.writeValueAsString(new FamilyRegisteredV1(registered,
                                TestTokens.DEFAULT_AREA, 2, 1, "childrens-social-care", "another-sw", java.time.Instant.EPOCH)));
                writer.send("earlyhelp.assessment.events", consented.toString(), UUID.randomUUID().toString(),
                        "earlyhelp.assessment.consent-recorded.v1", json.writeValueAsString(new ConsentRecordedV1(consented,
                                TestTokens.DEFAULT_AREA, UUID.randomUUID(), List.of(UUID.randomUUID()), List.of("INFORMATION_SHARING"),
                                List.of("childrens-social-care"), "WRITTEN", today().minusDays(30))));
            }
            for (UUID familyId : List.of(registered, consented)) {
                await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().auth().oauth2(TestTokens.socialWorker())
                        .contentType(ContentType.JSON).body(StepDownBodies.proposal(familyId, true, "teacher")).post("/api/step-downs")
                        .then().statusCode(201));
            }
        }

        @Test
        @DisplayName("without family consent answers 422 naming the rule, and changes nothing")
        void withoutConsentIs422() {
            UUID familyId = CscFamilies.known();
            given().auth().oauth2(TestTokens.socialWorker()).contentType(ContentType.JSON)
                    .body(StepDownBodies.proposal(familyId, false, "teacher"))
                    .post("/api/step-downs")
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("status", equalTo(422))
                    .body("detail", containsString("familyConsented"))
                    .body("type", notNullValue()).body("title", notNullValue());
            assertThat(broker.recordsFor(TOPIC, familyId.toString())).isEmpty();
        }

        @Test
        @DisplayName("with missing and invalid fields answers 400 naming each field by its JSON path")
        void invalidFieldsAre400() {
            String body = StepDownBodies.proposal(CscFamilies.known(), true, "teacher")
                    .replace("\"measure\": \"Attendance above 95%\", ", "")
                    .replace("\"name\": \"Tess Teacher\", ", "");
            given().auth().oauth2(TestTokens.socialWorker()).contentType(ContentType.JSON).body(body)
                    .post("/api/step-downs")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("goalsCarriedOver[0].measure"))
                    .body("errors.field", hasItem("proposedLeadProfessional.name"));
        }

        @Test
        @DisplayName("with an unknown date format answers 400 naming the field")
        void badDateIs400() {
            String body = StepDownBodies.proposal(CscFamilies.known(), true, "teacher", "15/03/2027", "PERSISTENT_ABSENCE");
            given().auth().oauth2(TestTokens.socialWorker()).contentType(ContentType.JSON).body(body)
                    .post("/api/step-downs")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("warmHandoverOn"));
        }

        @Test
        @DisplayName("a body of the wrong shape (an array, an object where text belongs, text where a list belongs) is a 400 problem naming the field")
        void wrongShapesAre400Problems() {
            given().auth().oauth2(TestTokens.socialWorker()).contentType(ContentType.JSON).body("[{}]").post("/api/step-downs")
                    .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("$"));
            String body = StepDownBodies.proposal(CscFamilies.known(), true, "teacher");
            given().auth().oauth2(TestTokens.socialWorker()).contentType(ContentType.JSON)
                    .body(body.replace("\"cscCaseReference\": \"CSC-2027-0042\"", "\"cscCaseReference\": {\"x\": 1}")).post("/api/step-downs")
                    .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("cscCaseReference"));
            given().auth().oauth2(TestTokens.socialWorker()).contentType(ContentType.JSON)
                    .body(body.replaceFirst("\"childMemberIds\": \\[[^\\]]*\\]", "\"childMemberIds\": \"x\"")).post("/api/step-downs")
                    .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("childMemberIds"));
        }

        @Test
        @DisplayName("with malformed JSON answers 400 problem")
        void malformedJsonIs400() {
            given().auth().oauth2(TestTokens.socialWorker()).contentType(ContentType.JSON).body("{\"familyId\": ")
                    .post("/api/step-downs")
                    .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400))
                    .body("type", equalTo("urn:earlyhelp:problem:malformed-request"))
                    .body("detail", equalTo("The body is not well-formed JSON"));
        }

        @Test
        @DisplayName("as a practitioner answers 403")
        void practitionerMayNotPropose() {
            given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                    .body(StepDownBodies.proposal(CscFamilies.known(), true, "teacher"))
                    .post("/api/step-downs").then().statusCode(403);
        }

        @Test
        @DisplayName("without a token answers 401; with a token signed by another key answers 401")
        void unauthenticatedIs401() {
            given().contentType(ContentType.JSON).body(StepDownBodies.proposal(CscFamilies.known(), true, "teacher"))
                    .post("/api/step-downs").then().statusCode(401);
            given().auth().oauth2(TestTokens.forgedToken("sw")).contentType(ContentType.JSON)
                    .body(StepDownBodies.proposal(CscFamilies.known(), true, "teacher"))
                    .post("/api/step-downs").then().statusCode(401);
        }
    }

    @Nested
    @DisplayName("POST /api/step-downs/{id}/acceptance")
    class Accept {

        @Test
        @DisplayName("by the proposed lead professional answers 200 ACCEPTED and publishes exactly one StepDownAccepted, goal wording sealed")
        void proposedLeadAccepts() {
            UUID familyId = CscFamilies.known();
            String id = propose(familyId);
            given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(StepDownBodies.acceptance())
                    .post("/api/step-downs/{id}/acceptance", id)
                    .then().statusCode(200).body("status", equalTo("ACCEPTED")).body("acceptedOn", equalTo(today().toString()))
                    .body("leadProfessional.userId", equalTo("teacher"));

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(eventsOf(familyId, "earlyhelp.referral.step-down-accepted.v1")).hasSize(1));
            ConsumerRecord<String, String> event = eventsOf(familyId, "earlyhelp.referral.step-down-accepted.v1").get(0);
            assertThat(event.key()).isEqualTo(familyId.toString());
            assertThat(TopicReader.header(event, "ce_subject")).isEqualTo(familyId.toString());
            assertThat(TopicReader.header(event, "ce_source")).isEqualTo("/earlyhelp/referral-service");
            assertThat(TopicReader.header(event, "ce_specversion")).isEqualTo("1.0");
            assertThat(TopicReader.header(event, "ce_id")).isNotBlank();
            assertThat(TopicReader.header(event, "ce_time")).isNotBlank();
            assertThat(event.value()).contains(id, "PERSISTENT_ABSENCE", "\"acceptedOn\":\"" + today() + "\"")
                    .doesNotContain("Back in school every day", "Attendance above 95%", "Child in need plan ending");
        }

        @Test
        @DisplayName("a second acceptance answers 409 and publishes nothing more")
        void secondAcceptanceIs409() {
            UUID familyId = CscFamilies.known();
            String id = propose(familyId);
            given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(StepDownBodies.acceptance())
                    .post("/api/step-downs/{id}/acceptance", id).then().statusCode(200);
            given().auth().oauth2(TestTokens.earlyHelpTeam()).contentType(ContentType.JSON).body(StepDownBodies.acceptance())
                    .post("/api/step-downs/{id}/acceptance", id)
                    .then().statusCode(409).contentType("application/problem+json");
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(eventsOf(familyId, "earlyhelp.referral.step-down-accepted.v1")).hasSize(1));
        }

        @Test
        @DisplayName("by the area's early help team answers 200")
        void earlyHelpTeamAccepts() {
            String id = propose(CscFamilies.known());
            given().auth().oauth2(TestTokens.earlyHelpTeam()).contentType(ContentType.JSON).body(StepDownBodies.acceptance())
                    .post("/api/step-downs/{id}/acceptance", id).then().statusCode(200);
        }

        @Test
        @DisplayName("by a practitioner with no part in it answers 404 (existence does not leak)")
        void strangerGets404() {
            String id = propose(CscFamilies.known());
            given().auth().oauth2(TestTokens.stranger()).contentType(ContentType.JSON).body(StepDownBodies.acceptance())
                    .post("/api/step-downs/{id}/acceptance", id).then().statusCode(404);
        }

        @Test
        @DisplayName("by a social worker answers 403")
        void socialWorkerMayNotAccept() {
            String id = propose(CscFamilies.known());
            given().auth().oauth2(TestTokens.socialWorker()).contentType(ContentType.JSON).body(StepDownBodies.acceptance())
                    .post("/api/step-downs/{id}/acceptance", id).then().statusCode(403);
        }
    }

    @Nested
    @DisplayName("GET /api/step-downs/{id}")
    class Read {

        @Test
        @DisplayName("the social worker, the proposed lead professional and the early help team see it; a stranger gets 404")
        void visibility() {
            String id = propose(CscFamilies.known());
            for (String token : List.of(TestTokens.socialWorker(), TestTokens.teacher(), TestTokens.earlyHelpTeam())) {
                given().auth().oauth2(token).get("/api/step-downs/{id}", id).then().statusCode(200)
                        .header("ETag", notNullValue()).body("id", equalTo(id));
            }
            given().auth().oauth2(TestTokens.stranger()).get("/api/step-downs/{id}", id).then().statusCode(404)
                    .contentType("application/problem+json");
            given().auth().oauth2(TestTokens.socialWorker()).get("/api/step-downs/{id}", UUID.randomUUID()).then().statusCode(404);
        }
    }

    @Nested
    @DisplayName("POST /api/step-downs/{id}/decline and /withdrawal")
    class DeclineAndWithdraw {

        @Test
        @DisplayName("the proposed lead professional declines with a reason: 200 DECLINED, StepDownDeclined for the social worker (no reason in it); acceptance afterwards 409")
        void proposedLeadDeclines() {
            UUID familyId = CscFamilies.known();
            String id = propose(familyId);
            given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                    .body("{\"declinedOn\": \"" + today() + "\", \"reason\": \"The school cannot lead over the exam season\"}")
                    .post("/api/step-downs/{id}/decline", id).then().statusCode(200).body("status", equalTo("DECLINED"))
                    .body("declineReason", equalTo("The school cannot lead over the exam season"));
            given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(StepDownBodies.acceptance())
                    .post("/api/step-downs/{id}/acceptance", id).then().statusCode(409);
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(eventsOf(familyId, "earlyhelp.referral.step-down-declined.v1")).hasSize(1));
            assertThat(eventsOf(familyId, "earlyhelp.referral.step-down-declined.v1").get(0).value())
                    .contains("\"socialWorkerUserId\":\"sw\"", "\"declinedOn\":\"" + today() + "\"").doesNotContain("exam season");
            assertThat(eventsOf(familyId, "earlyhelp.referral.step-down-accepted.v1")).isEmpty();
        }

        @Test
        @DisplayName("a decline needs its reason (400); a stranger 404; a social worker 403")
        void declineRules() {
            String id = propose(CscFamilies.known());
            given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body("{\"declinedOn\": \"" + today() + "\"}")
                    .post("/api/step-downs/{id}/decline", id).then().statusCode(400).body("errors[0].field", equalTo("reason"));
            given().auth().oauth2(TestTokens.stranger()).contentType(ContentType.JSON)
                    .body("{\"declinedOn\": \"" + today() + "\", \"reason\": \"x\"}").post("/api/step-downs/{id}/decline", id)
                    .then().statusCode(404);
            given().auth().oauth2(TestTokens.socialWorker()).contentType(ContentType.JSON)
                    .body("{\"declinedOn\": \"" + today() + "\", \"reason\": \"x\"}").post("/api/step-downs/{id}/decline", id)
                    .then().statusCode(403);
            given().auth().oauth2(TestTokens.socialWorker()).get("/api/step-downs/{id}", id).then().body("status", equalTo("PROPOSED"));
        }

        @Test
        @DisplayName("the social worker who proposed it withdraws it before acceptance: 200 WITHDRAWN, StepDownWithdrawn; another social worker 403; after acceptance 409")
        void socialWorkerWithdraws() {
            UUID familyId = CscFamilies.known();
            String id = propose(familyId);
            String body = "{\"withdrawnOn\": \"" + today() + "\", \"reason\": \"The family moved out of the area\"}";
            given().auth().oauth2(TestTokens.token("sw2", TestTokens.DEFAULT_AREA, "childrens-social-care", "social-worker"))
                    .contentType(ContentType.JSON).body(body).post("/api/step-downs/{id}/withdrawal", id).then().statusCode(404);
            given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(body)
                    .post("/api/step-downs/{id}/withdrawal", id).then().statusCode(403);
            given().auth().oauth2(TestTokens.socialWorker()).contentType(ContentType.JSON).body(body)
                    .post("/api/step-downs/{id}/withdrawal", id).then().statusCode(200).body("status", equalTo("WITHDRAWN"));
            given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(StepDownBodies.acceptance())
                    .post("/api/step-downs/{id}/acceptance", id).then().statusCode(409);
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(eventsOf(familyId, "earlyhelp.referral.step-down-withdrawn.v1")).hasSize(1));
            assertThat(eventsOf(familyId, "earlyhelp.referral.step-down-withdrawn.v1").get(0).value())
                    .contains("\"proposedLeadProfessionalUserId\":\"teacher\"").doesNotContain("moved out");

            String accepted = propose(CscFamilies.known());
            given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(StepDownBodies.acceptance())
                    .post("/api/step-downs/{id}/acceptance", accepted).then().statusCode(200);
            given().auth().oauth2(TestTokens.socialWorker()).contentType(ContentType.JSON).body(body)
                    .post("/api/step-downs/{id}/withdrawal", accepted).then().statusCode(409);
        }
    }

    @Nested
    @DisplayName("validation, timing and lists")
    class ValidationTimingAndLists {

        @Test
        @DisplayName("a goal carried over with an unknown need indicator answers 422 naming it, and nothing is proposed")
        void unknownNeedIndicatorIs422() {
            UUID familyId = CscFamilies.known();
            given().auth().oauth2(TestTokens.socialWorker()).contentType(ContentType.JSON)
                    .body(StepDownBodies.proposal(familyId, true, "teacher", today().plusWeeks(1).toString(), "SOMETHING_ELSE")).post("/api/step-downs")
                    .then().statusCode(422).body("rule", equalTo("carried-over-goal-answers-a-need"))
                    .body("detail", containsString("goalsCarriedOver[0].needIndicator"));
            given().auth().oauth2(TestTokens.socialWorker()).queryParam("familyId", familyId).get("/api/step-downs").then()
                    .statusCode(200).body("total", equalTo(0));
        }

        @Test
        @DisplayName("a school as lead professional with a warm handover just before the summer holiday (2026, recorded after the fact): the proposal and its acceptance answer a warning, and go ahead")
        void schoolLeadBeforeTheSummerHolidayIsWarned() {
            // the point is the calendar: the Isle of Wight's 2026 summer holiday starts on 22 July (application.properties)
            String id = given().auth().oauth2(TestTokens.socialWorker()).contentType(ContentType.JSON)
                    .body(StepDownBodies.proposal(CscFamilies.known(), true, "teacher", "2026-06-22", "2026-07-12", "PERSISTENT_ABSENCE",
                            "2026-12-18"))
                    .post("/api/step-downs").then().statusCode(201)
                    .body("warnings[0].code", equalTo("school-lead-near-summer-holiday"))
                    .body("warnings[0].message", containsString("2026-07-22")).extract().path("id");
            given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(StepDownBodies.acceptance("2026-07-12"))
                    .post("/api/step-downs/{id}/acceptance", id).then().statusCode(200).body("status", equalTo("ACCEPTED"))
                    .body("warnings[0].code", equalTo("school-lead-near-summer-holiday"));

            given().auth().oauth2(TestTokens.socialWorker()).contentType(ContentType.JSON)
                    .body(StepDownBodies.proposal(CscFamilies.known(), true, "teacher", "2026-03-01", "2026-03-15", "PERSISTENT_ABSENCE",
                            "2026-07-01"))
                    .post("/api/step-downs").then().statusCode(201).body("warnings", org.hamcrest.Matchers.empty());
        }

        @Test
        @DisplayName("GET /api/step-downs lists what the caller may see, paged, filtered by family and status; a bad status 400")
        void listsWhatTheCallerMaySee() {
            UUID familyId = CscFamilies.known();
            propose(familyId);
            String second = propose(familyId);
            given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(StepDownBodies.acceptance())
                    .post("/api/step-downs/{id}/acceptance", second).then().statusCode(200);
            given().auth().oauth2(TestTokens.socialWorker()).queryParam("familyId", familyId).queryParam("size", 1).get("/api/step-downs")
                    .then().statusCode(200).body("total", equalTo(2)).body("items.size()", equalTo(1)).body("size", equalTo(1));
            given().auth().oauth2(TestTokens.earlyHelpTeam()).queryParam("familyId", familyId).queryParam("status", "ACCEPTED")
                    .get("/api/step-downs").then().body("total", equalTo(1)).body("items[0].id", equalTo(second));
            given().auth().oauth2(TestTokens.stranger()).queryParam("familyId", familyId).get("/api/step-downs").then()
                    .body("total", equalTo(0));
            given().auth().oauth2(TestTokens.socialWorker()).queryParam("status", "MAYBE").get("/api/step-downs").then().statusCode(400)
                    .contentType("application/problem+json");
        }
    }

    @Nested
    @DisplayName("dates people record")
    class DatesPeopleRecord {

        int stepDownsOf(UUID familyId) {
            return given().auth().oauth2(TestTokens.earlyHelpTeam()).queryParam("familyId", familyId).get("/api/step-downs")
                    .then().statusCode(200).extract().path("total");
        }

        void refused(String body, String rule, String field) {
            UUID familyId = UUID.fromString(body.replaceAll("(?s).*\"familyId\": \"([^\"]+)\".*", "$1"));
            given().auth().oauth2(TestTokens.socialWorker()).contentType(ContentType.JSON).body(body).post("/api/step-downs")
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("rule", equalTo(rule)).body("field", equalTo(field));
            assertThat(stepDownsOf(familyId)).as("nothing proposed").isZero();
            assertThat(broker.recordsFor(TOPIC, familyId.toString())).as("nothing published").isEmpty();
        }

        @Test
        @DisplayName("proposedOn after today: 422 recorded-date-not-after-today naming proposedOn, nothing written")
        void proposedOnAfterTodayIs422() {
            LocalDate tomorrow = today().plusDays(1);
            refused(StepDownBodies.proposal(CscFamilies.known(), true, "teacher", tomorrow.toString(), tomorrow.plusDays(7).toString(),
                    "PERSISTENT_ABSENCE", tomorrow.plusWeeks(8).toString()), "recorded-date-not-after-today", "proposedOn");
        }

        @Test
        @DisplayName("a goal's target date before proposedOn: 422 target-date-after-proposal naming it; a warm handover before proposedOn: 422 handover-after-proposal; nothing written")
        void plannedDatesBeforeTheProposalAre422() {
            LocalDate proposedOn = today().minusWeeks(4);
            refused(StepDownBodies.proposal(CscFamilies.known(), true, "teacher", proposedOn.toString(), proposedOn.plusDays(7).toString(),
                    "PERSISTENT_ABSENCE", proposedOn.minusDays(1).toString()), "target-date-after-proposal", "goalsCarriedOver[0].targetDate");
            refused(StepDownBodies.proposal(CscFamilies.known(), true, "teacher", proposedOn.toString(), proposedOn.minusDays(1).toString(),
                    "PERSISTENT_ABSENCE", proposedOn.plusWeeks(8).toString()), "handover-after-proposal", "warmHandoverOn");
        }

        @Test
        @DisplayName("a step-down recorded after the handover, with a goal whose target date has passed by now, is accepted with its own dates, shown and carried in the events")
        void backDatedStepDownWithAPassedTargetDateIsAccepted() {
            UUID familyId = CscFamilies.known();
            LocalDate proposedOn = today().minusWeeks(20);
            LocalDate handover = proposedOn.plusDays(7);
            LocalDate target = proposedOn.plusWeeks(18);
            LocalDate acceptedOn = proposedOn.plusDays(14);
            String id = given().auth().oauth2(TestTokens.socialWorker()).contentType(ContentType.JSON)
                    .body(StepDownBodies.proposal(familyId, true, "teacher", proposedOn.toString(), handover.toString(), "PERSISTENT_ABSENCE",
                            target.toString()))
                    .post("/api/step-downs").then().statusCode(201)
                    .body("proposedOn", equalTo(proposedOn.toString()))
                    .body("warmHandoverOn", equalTo(handover.toString()))
                    .body("goalsCarriedOver[0].targetDate", equalTo(target.toString()))
                    .extract().path("id");
            given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(StepDownBodies.acceptance(acceptedOn.toString()))
                    .post("/api/step-downs/{id}/acceptance", id).then().statusCode(200).body("acceptedOn", equalTo(acceptedOn.toString()));
            given().auth().oauth2(TestTokens.socialWorker()).get("/api/step-downs/{id}", id).then().statusCode(200)
                    .body("proposedOn", equalTo(proposedOn.toString())).body("status", equalTo("ACCEPTED"));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(eventsOf(familyId, "earlyhelp.referral.step-down-accepted.v1")).hasSize(1));
            assertThat(eventsOf(familyId, "earlyhelp.referral.step-down-proposed.v1").get(0).value())
                    .contains("\"proposedOn\":\"" + proposedOn + "\"", "\"warmHandoverOn\":\"" + handover + "\"");
            assertThat(eventsOf(familyId, "earlyhelp.referral.step-down-accepted.v1").get(0).value())
                    .contains("\"acceptedOn\":\"" + acceptedOn + "\"", "\"targetDate\":\"" + target + "\"");
        }

        @Test
        @DisplayName("acceptedOn, declinedOn, withdrawnOn after today or before proposedOn: 422 naming the rule and the field, the step-down still PROPOSED, nothing published")
        void answersAfterTodayOrBeforeTheProposalAre422() {
            UUID familyId = CscFamilies.known();
            LocalDate proposedOn = today().minusDays(10);
            String id = given().auth().oauth2(TestTokens.socialWorker()).contentType(ContentType.JSON)
                    .body(StepDownBodies.proposal(familyId, true, "teacher", proposedOn.toString(), proposedOn.plusDays(3).toString(),
                            "PERSISTENT_ABSENCE", today().plusWeeks(8).toString()))
                    .post("/api/step-downs").then().statusCode(201).extract().path("id");
            String tomorrow = today().plusDays(1).toString();
            String dayBefore = proposedOn.minusDays(1).toString();
            answer(TestTokens.teacher(), id, "acceptance", StepDownBodies.acceptance(tomorrow), "recorded-date-not-after-today", "acceptedOn");
            answer(TestTokens.teacher(), id, "acceptance", StepDownBodies.acceptance(dayBefore), "acceptance-after-proposal", "acceptedOn");
            answer(TestTokens.teacher(), id, "decline", "{\"declinedOn\": \"" + tomorrow + "\", \"reason\": \"No capacity\"}",
                    "recorded-date-not-after-today", "declinedOn");
            answer(TestTokens.teacher(), id, "decline", "{\"declinedOn\": \"" + dayBefore + "\", \"reason\": \"No capacity\"}",
                    "decline-after-proposal", "declinedOn");
            answer(TestTokens.socialWorker(), id, "withdrawal", "{\"withdrawnOn\": \"" + tomorrow + "\", \"reason\": \"Moved away\"}",
                    "recorded-date-not-after-today", "withdrawnOn");
            answer(TestTokens.socialWorker(), id, "withdrawal", "{\"withdrawnOn\": \"" + dayBefore + "\", \"reason\": \"Moved away\"}",
                    "withdrawal-after-proposal", "withdrawnOn");
            given().auth().oauth2(TestTokens.socialWorker()).get("/api/step-downs/{id}", id).then().statusCode(200)
                    .body("status", equalTo("PROPOSED")).body("acceptedOn", org.hamcrest.Matchers.nullValue())
                    .body("declinedOn", org.hamcrest.Matchers.nullValue()).body("withdrawnOn", org.hamcrest.Matchers.nullValue());

            // back-dated to the day of the proposal: accepted
            given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(StepDownBodies.acceptance(proposedOn.toString()))
                    .post("/api/step-downs/{id}/acceptance", id).then().statusCode(200).body("acceptedOn", equalTo(proposedOn.toString()));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(eventsOf(familyId, "earlyhelp.referral.step-down-accepted.v1")).hasSize(1));
            assertThat(eventsOf(familyId, "earlyhelp.referral.step-down-declined.v1")).isEmpty();
            assertThat(eventsOf(familyId, "earlyhelp.referral.step-down-withdrawn.v1")).isEmpty();
        }

        @Test
        @DisplayName("a back-dated decline and withdrawal (after proposedOn, before today) are accepted")
        void backDatedDeclineAndWithdrawalAreAccepted() {
            LocalDate proposedOn = today().minusDays(10);
            java.util.function.Supplier<String> body = () -> StepDownBodies.proposal(CscFamilies.known(), true, "teacher",
                    proposedOn.toString(), proposedOn.plusDays(3).toString(), "PERSISTENT_ABSENCE", today().plusWeeks(8).toString());
            String declined = given().auth().oauth2(TestTokens.socialWorker()).contentType(ContentType.JSON).body(body.get())
                    .post("/api/step-downs").then().statusCode(201).extract().path("id");
            given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                    .body("{\"declinedOn\": \"" + proposedOn.plusDays(2) + "\", \"reason\": \"No capacity\"}")
                    .post("/api/step-downs/{id}/decline", declined).then().statusCode(200)
                    .body("declinedOn", equalTo(proposedOn.plusDays(2).toString()));
            String withdrawn = given().auth().oauth2(TestTokens.socialWorker()).contentType(ContentType.JSON).body(body.get())
                    .post("/api/step-downs").then().statusCode(201).extract().path("id");
            given().auth().oauth2(TestTokens.socialWorker()).contentType(ContentType.JSON)
                    .body("{\"withdrawnOn\": \"" + proposedOn + "\", \"reason\": \"Moved away\"}")
                    .post("/api/step-downs/{id}/withdrawal", withdrawn).then().statusCode(200)
                    .body("withdrawnOn", equalTo(proposedOn.toString()));
        }

        void answer(String token, String id, String what, String body, String rule, String field) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/step-downs/{id}/" + what, id)
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("rule", equalTo(rule)).body("field", equalTo(field));
        }
    }
}
