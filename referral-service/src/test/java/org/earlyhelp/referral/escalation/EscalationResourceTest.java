package org.earlyhelp.referral.escalation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.earlyhelp.localstack.ServiceTestStack;
import org.earlyhelp.localstack.TestTokens;
import org.earlyhelp.localstack.TopicReader;
import org.earlyhelp.platform.access.FamilyCircle;
import org.earlyhelp.platform.audit.AuditTrail;
import org.earlyhelp.platform.time.RecordedDates;
import org.earlyhelp.platform.web.PageRequest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * {@code /api/escalations} against real PostgreSQL and Kafka with signed tokens. Each test has families of its own, whose
 * consent (in the circle) names the school and health: the teacher raises, the health visitor is the other side, the
 * police practitioner sees nothing. Dates are the platform clock's today, or back-dated from it.
 */
@QuarkusTest
class EscalationResourceTest {

    static final String TOPIC = "earlyhelp.referral.events";
    static final String AREA = TestTokens.DEFAULT_AREA;
    static final String RAISED = "earlyhelp.referral.escalation-raised.v1";
    static final String RESPONDED = "earlyhelp.referral.escalation-responded.v1";
    static final String ESCALATED = "earlyhelp.referral.escalation-escalated.v1";
    static final String RESOLVED = "earlyhelp.referral.escalation-resolved.v1";
    static final String DUE_SOON = "earlyhelp.referral.escalation-response-due-soon.v1";
    static final String OVERDUE = "earlyhelp.referral.escalation-overdue.v1";
    static final String CONCERN = "Health visitor has not shared the 2-year check";

    static String healthManager() {
        return TestTokens.token("hv-manager", AREA, "health", "manager");
    }

    static String schoolManager() {
        return TestTokens.token("head", AREA, "school", "manager");
    }

    static String partnershipLead() {
        return TestTokens.token("lscp-chair", AREA, "safeguarding-partnership", "manager");
    }

    @Inject
    FamilyCircle circle;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Inject
    EscalationReminders reminders;
    final TopicReader broker = new TopicReader(ServiceTestStack.kafka().bootstrapServers());
    final EscalationTimescales defaults = EscalationTimescales.defaults();

    LocalDate today() {
        return RecordedDates.today(clock);
    }

    /** A family of {@code area} whose consent names the school and health. */
    UUID family(String area) {
        UUID familyId = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> circle.addAgencies(area, familyId, List.of("school", "health"), familyId));
        return familyId;
    }

    UUID family() {
        return family(AREA);
    }

    static String raise(UUID familyId, String withAgency, LocalDate raisedOn) {
        return """
                {"familyId": "%s", "withAgency": "%s", "concern": "%s", "desiredOutcome": "The check shared before the review"%s}
                """.formatted(familyId, withAgency, CONCERN, raisedOn == null ? "" : ", \"raisedOn\": \"" + raisedOn + "\"");
    }

    ValidatableResponse post(String token, String path, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(path).then();
    }

    String raised(UUID familyId, LocalDate raisedOn) {
        return post(TestTokens.teacher(), "/api/escalations", raise(familyId, "health", raisedOn)).statusCode(201).extract().path("id");
    }

    List<ConsumerRecord<String, String>> eventsOf(UUID familyId, String type) {
        return broker.recordsFor(TOPIC, familyId.toString()).stream().filter(r -> type.equals(TopicReader.header(r, "ce_type"))).toList();
    }

    void awaitEvents(UUID familyId, String type, int count) {
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(eventsOf(familyId, type)).hasSize(count));
    }

    List<String> auditOf(UUID familyId) {
        return audit.ofFamily(AREA, familyId, PageRequest.of(0, 50)).items().stream().map(e -> e.action + ":" + e.outcome).toList();
    }

    @Nested
    @DisplayName("POST /api/escalations")
    class Raise {

        @Test
        @DisplayName("by a practitioner who sees the family: 201 stage 1 OPEN, respondBy 5 working days on, raisedBy from the token; EscalationRaised with ids and codes only")
        void raises() {
            UUID familyId = family();
            String id = post(TestTokens.teacher(), "/api/escalations", raise(familyId, "health", null))
                    .statusCode(201)
                    .header("Location", containsString("/api/escalations/"))
                    .header("ETag", notNullValue())
                    .body("familyId", equalTo(familyId.toString()))
                    .body("stage", equalTo(1))
                    .body("status", equalTo("OPEN"))
                    .body("respondBy", equalTo(defaults.respondBy(1, today()).toString()))
                    .body("raisedBy.userId", equalTo("teacher"))
                    .body("raisedBy.agency", equalTo("school"))
                    .body("withAgency", equalTo("health"))
                    .body("raisedOn", equalTo(today().toString()))
                    .body("history[0].kind", equalTo("RAISED"))
                    .body("history[0].text", equalTo(CONCERN))
                    .extract().path("id");
            awaitEvents(familyId, RAISED, 1);
            String payload = eventsOf(familyId, RAISED).get(0).value();
            assertThat(payload).contains(id, "\"stage\":1", "\"raisedByUserId\":\"teacher\"", "\"raisedByAgency\":\"school\"",
                    "\"withAgency\":\"health\"", "\"respondBy\":\"" + defaults.respondBy(1, today()) + "\"");
            assertThat(payload).doesNotContain("check", "review");
            assertThat(auditOf(familyId)).contains("escalation.raise:ALLOWED");
        }

        @Test
        @DisplayName("a raisedBy in the body is ignored: the raiser is the token's caller")
        void raisedByIsTheCaller() {
            UUID familyId = family();
            post(TestTokens.teacher(), "/api/escalations", """
                    {"familyId": "%s", "withAgency": "health", "concern": "c", "desiredOutcome": "d",
                     "raisedBy": {"userId": "someone-else", "agency": "police"}}""".formatted(familyId))
                    .statusCode(201).body("raisedBy.userId", equalTo("teacher")).body("raisedBy.agency", equalTo("school"));
        }

        @Test
        @DisplayName("back-dated: respondBy counts from raisedOn, so a disagreement written up late may already be overdue")
        void backDated() {
            UUID familyId = family();
            LocalDate raisedOn = today().minusDays(30);
            post(TestTokens.teacher(), "/api/escalations", raise(familyId, "health", raisedOn)).statusCode(201)
                    .body("raisedOn", equalTo(raisedOn.toString()))
                    .body("respondBy", equalTo(defaults.respondBy(1, raisedOn).toString()));
        }

        @Test
        @DisplayName("about a family the caller does not see (or no service knows) answers 404, writes nothing, publishes nothing, audits the refusal")
        void unseenFamilyIs404() {
            UUID familyId = family();
            UUID unknown = UUID.randomUUID();
            post(TestTokens.stranger(), "/api/escalations", raise(familyId, "health", null)).statusCode(404)
                    .contentType("application/problem+json");
            post(TestTokens.teacher(), "/api/escalations", raise(unknown, "health", null)).statusCode(404);
            post(TestTokens.token("eh-hants", "hampshire", "early-help", "early-help-team"), "/api/escalations", raise(familyId, "health", null))
                    .statusCode(404);
            given().auth().oauth2(TestTokens.earlyHelpTeam()).queryParam("familyId", familyId).get("/api/escalations")
                    .then().statusCode(200).body("total", equalTo(0));
            assertThat(auditOf(familyId)).contains("escalation.raise:REFUSED").doesNotContain("escalation.raise:ALLOWED");
            assertThat(audit.ofFamily(AREA, unknown, PageRequest.of(0, 10)).items()).extracting(e -> e.action + ":" + e.outcome)
                    .containsExactly("escalation.raise:REFUSED");
            // a later raise for a family the caller sees is published: the refused ones never were
            UUID seen = family();
            raised(seen, null);
            awaitEvents(seen, RAISED, 1);
            assertThat(broker.recordsFor(TOPIC, familyId.toString())).isEmpty();
            assertThat(broker.recordsFor(TOPIC, unknown.toString())).isEmpty();
        }

        @Test
        @DisplayName("the early help team and a social worker who sees the family may raise; a manager, an auditor, a partner system may not (403); no token 401")
        void roles() {
            UUID familyId = family();
            post(TestTokens.earlyHelpTeam(), "/api/escalations", raise(familyId, "health", null)).statusCode(201)
                    .body("raisedBy.agency", equalTo("early-help"));
            UUID cscFamily = UUID.randomUUID();
            QuarkusTransaction.requiringNew().run(() -> circle.addAgencies(AREA, cscFamily, List.of(FamilyCircle.CHILDRENS_SOCIAL_CARE), cscFamily));
            post(TestTokens.socialWorker(), "/api/escalations", raise(cscFamily, "school", null)).statusCode(201);
            post(schoolManager(), "/api/escalations", raise(familyId, "health", null)).statusCode(403);
            post(TestTokens.auditor(), "/api/escalations", raise(familyId, "health", null)).statusCode(403);
            post(TestTokens.partnerSystem(), "/api/escalations", raise(familyId, "health", null)).statusCode(403);
            given().contentType(ContentType.JSON).body(raise(familyId, "health", null)).post("/api/escalations").then().statusCode(401);
        }

        @Test
        @DisplayName("bad input is 400 naming the field (missing, blank, too long, not an agency code, bad date); nothing written")
        void badInput() {
            UUID familyId = family();
            post(TestTokens.teacher(), "/api/escalations", """
                    {"familyId": "%s", "withAgency": "health", "desiredOutcome": "x"}""".formatted(familyId))
                    .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("concern"));
            post(TestTokens.teacher(), "/api/escalations", """
                    {"familyId": "%s", "withAgency": "Health Visitors!", "concern": "c", "desiredOutcome": " "}""".formatted(familyId))
                    .statusCode(400).body("errors.field", hasItem("withAgency")).body("errors.field", hasItem("desiredOutcome"));
            post(TestTokens.teacher(), "/api/escalations", """
                    {"familyId": "%s", "withAgency": "health", "concern": "%s", "desiredOutcome": "x"}""".formatted(familyId, "x".repeat(4001)))
                    .statusCode(400).body("errors.field", hasItem("concern"));
            post(TestTokens.teacher(), "/api/escalations", """
                    {"familyId": "%s", "withAgency": "health", "concern": "c", "desiredOutcome": "x", "raisedOn": "yesterday"}""".formatted(familyId))
                    .statusCode(400).body("errors.field", hasItem("raisedOn"));
            post(TestTokens.teacher(), "/api/escalations", "{}").statusCode(400).body("errors.field", hasItem("familyId"));
            given().auth().oauth2(TestTokens.earlyHelpTeam()).queryParam("familyId", familyId).get("/api/escalations")
                    .then().statusCode(200).body("total", equalTo(0));
        }

        @Test
        @DisplayName("raisedOn after today is 422 recorded-date-not-after-today; with the raiser's own agency 422 escalation-with-another-agency")
        void rules() {
            UUID familyId = family();
            post(TestTokens.teacher(), "/api/escalations", raise(familyId, "health", today().plusDays(1))).statusCode(422)
                    .contentType("application/problem+json")
                    .body("rule", equalTo("recorded-date-not-after-today")).body("field", equalTo("raisedOn"));
            post(TestTokens.teacher(), "/api/escalations", raise(familyId, "school", null)).statusCode(422)
                    .body("rule", equalTo("escalation-with-another-agency"));
            given().auth().oauth2(TestTokens.earlyHelpTeam()).queryParam("familyId", familyId).get("/api/escalations")
                    .then().statusCode(200).body("total", equalTo(0));
        }

        @Test
        @DisplayName("the same Idempotency-Key and body again answers the first 201 (Idempotent-Replayed) and raises nothing new")
        void idempotent() {
            UUID familyId = family();
            String key = UUID.randomUUID().toString();
            String first = given().auth().oauth2(TestTokens.teacher()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                    .body(raise(familyId, "health", null)).post("/api/escalations").then().statusCode(201).extract().path("id");
            given().auth().oauth2(TestTokens.teacher()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                    .body(raise(familyId, "health", null)).post("/api/escalations").then().statusCode(201)
                    .header("Idempotent-Replayed", "true").body("id", equalTo(first));
            given().auth().oauth2(TestTokens.teacher()).queryParam("familyId", familyId).get("/api/escalations")
                    .then().statusCode(200).body("total", equalTo(1));
            awaitEvents(familyId, RAISED, 1);
        }

        @Test
        @DisplayName("an area's own working days count (southampton: stage 1 within 2 working days)")
        void areaSetting() {
            UUID familyId = family("southampton");
            EscalationTimescales southampton = new EscalationTimescales(defaults.calendar(), List.of(2, 5, 10), 2, defaults.partnershipAgency());
            post(TestTokens.token("teacher-soton", "southampton", "school", "practitioner"), "/api/escalations", raise(familyId, "health", null))
                    .statusCode(201).body("respondBy", equalTo(southampton.respondBy(1, today()).toString()));
        }
    }

    @Nested
    @DisplayName("the stages: response, escalation, resolution")
    class Stages {

        @Test
        @DisplayName("raised in the past and unanswered, escalated to the managers, answered, escalated to the partnership's lead, answered, resolved: 200 each, an event each")
        void throughEveryStage() {
            UUID familyId = family();
            LocalDate raisedOn = today().minusDays(30);
            String id = raised(familyId, raisedOn);
            String base = "/api/escalations/" + id;
            post(TestTokens.teacher(), base + "/escalation", "{\"reason\": \"No answer in 5 working days\"}").statusCode(200)
                    .body("stage", equalTo(2)).body("status", equalTo("OPEN"))
                    .body("respondBy", equalTo(defaults.respondBy(2, today()).toString()));
            post(TestTokens.healthVisitor(), base + "/response", "{\"response\": \"We will share it\"}").statusCode(403);
            post(healthManager(), base + "/response", "{\"response\": \"Shared with the school nurse only\"}").statusCode(200)
                    .body("status", equalTo("RESPONDED")).body("stage", equalTo(2));
            given().auth().oauth2(partnershipLead()).get(base).then().statusCode(404);
            post(schoolManager(), base + "/escalation", "{\"reason\": \"Not enough\"}").statusCode(200)
                    .body("stage", equalTo(3)).body("respondBy", equalTo(defaults.respondBy(3, today()).toString()));
            given().auth().oauth2(partnershipLead()).get(base).then().statusCode(200).body("stage", equalTo(3));
            post(healthManager(), base + "/response", "{\"response\": \"Again\"}").statusCode(403);
            post(partnershipLead(), base + "/response", "{\"response\": \"Health to share the full check\"}").statusCode(200);
            post(TestTokens.teacher(), base + "/escalation", "{\"reason\": \"Further\"}").statusCode(422)
                    .body("rule", equalTo("escalation-at-most-stage-3"));
            post(TestTokens.teacher(), base + "/resolution", "{\"resolution\": \"Check shared on the partnership's advice\"}").statusCode(200)
                    .body("status", equalTo("RESOLVED")).body("resolvedOn", equalTo(today().toString()))
                    .body("history.kind", equalTo(List.of("RAISED", "ESCALATED", "RESPONDED", "ESCALATED", "RESPONDED", "RESOLVED")));
            post(TestTokens.healthVisitor(), base + "/response", "{\"response\": \"Late\"}").statusCode(403);
            post(TestTokens.earlyHelpTeam(), base + "/response", "{\"response\": \"Late\"}").statusCode(409)
                    .contentType("application/problem+json");
            post(TestTokens.teacher(), base + "/resolution", "{\"resolution\": \"Again\"}").statusCode(409);
            awaitEvents(familyId, RESOLVED, 1);
            assertThat(eventsOf(familyId, RAISED)).hasSize(1);
            assertThat(eventsOf(familyId, ESCALATED)).hasSize(2);
            assertThat(eventsOf(familyId, RESPONDED)).hasSize(2);
            assertThat(eventsOf(familyId, ESCALATED).get(1).value()).contains("\"stage\":3", "\"escalatedByUserId\":\"head\"",
                    "\"partnershipAgency\":\"safeguarding-partnership\"", "\"escalatedOn\":\"" + today() + "\"").doesNotContain("Not enough");
            assertThat(eventsOf(familyId, RESOLVED).get(0).value()).contains("\"resolvedByUserId\":\"teacher\"", "\"stage\":3")
                    .doesNotContain("partnership's advice");
            assertThat(auditOf(familyId)).contains("escalation.respond:ALLOWED", "escalation.escalate:ALLOWED", "escalation.resolve:ALLOWED");
        }

        @Test
        @DisplayName("the other side answers stage 1 (respondedOn back-dated is kept); the raiser may not (403); someone who does not see the family gets 404, audited")
        void whoAnswersStageOne() {
            UUID familyId = family();
            LocalDate raisedOn = today().minusDays(10);
            String id = raised(familyId, raisedOn);
            String base = "/api/escalations/" + id;
            post(TestTokens.teacher(), base + "/response", "{\"response\": \"Mine\"}").statusCode(403);
            post(TestTokens.stranger(), base + "/response", "{\"response\": \"Police\"}").statusCode(404).contentType("application/problem+json");
            assertThat(auditOf(familyId)).contains("escalation.access:REFUSED");
            post(TestTokens.healthVisitor(), base + "/response", "{\"response\": \"r\", \"respondedOn\": \"%s\"}".formatted(raisedOn.minusDays(1)))
                    .statusCode(422).body("rule", equalTo("response-after-stage-start")).body("field", equalTo("respondedOn"));
            post(TestTokens.healthVisitor(), base + "/response", "{\"response\": \"r\", \"respondedOn\": \"%s\"}".formatted(today().plusDays(1)))
                    .statusCode(422).body("rule", equalTo("recorded-date-not-after-today"));
            post(TestTokens.healthVisitor(), base + "/response", "{\"response\": \"Sharing it\", \"respondedOn\": \"%s\"}".formatted(raisedOn.plusDays(1)))
                    .statusCode(200).body("status", equalTo("RESPONDED")).body("history[1].on", equalTo(raisedOn.plusDays(1).toString()));
            post(TestTokens.healthVisitor(), base + "/response", "{\"response\": \"Again\"}").statusCode(409);
            awaitEvents(familyId, RESPONDED, 1);
            assertThat(eventsOf(familyId, RESPONDED).get(0).value()).contains("\"respondedByUserId\":\"hv\"",
                    "\"respondedOn\":\"" + raisedOn.plusDays(1) + "\"").doesNotContain("Sharing it");
        }

        @Test
        @DisplayName("an unanswered stage escalated before its answer was due is 422 escalation-after-answer-or-deadline; the police may not escalate (404), the early help team may not (403)")
        void escalationRules() {
            UUID familyId = family();
            String id = raised(familyId, null);
            String base = "/api/escalations/" + id;
            post(TestTokens.teacher(), base + "/escalation", "{\"reason\": \"Impatient\"}").statusCode(422)
                    .body("rule", equalTo("escalation-after-answer-or-deadline"));
            post(TestTokens.stranger(), base + "/escalation", "{\"reason\": \"x\"}").statusCode(404);
            post(TestTokens.earlyHelpTeam(), base + "/escalation", "{\"reason\": \"x\"}").statusCode(403);
            post(TestTokens.teacher(), base + "/escalation", "{\"reason\": \" \"}").statusCode(400).body("errors.field", hasItem("reason"));
            post(TestTokens.teacher(), base + "/escalation", "{\"reason\": \"x\", \"escalatedOn\": \"%s\"}".formatted(today().minusDays(1)))
                    .statusCode(422).body("rule", equalTo("escalation-after-previous-step")).body("field", equalTo("escalatedOn"));
            post(TestTokens.healthVisitor(), base + "/response", "{\"response\": \"No\"}").statusCode(200);
            post(TestTokens.healthVisitor(), base + "/escalation", "{\"reason\": \"We want our managers to decide\"}").statusCode(200)
                    .body("stage", equalTo(2));
            given().auth().oauth2(TestTokens.teacher()).get(base).then().statusCode(200).body("stage", equalTo(2));
        }

        @Test
        @DisplayName("a stale If-Match is 412 and changes nothing; the current ETag is accepted")
        void ifMatch() {
            UUID familyId = family();
            String id = raised(familyId, null);
            String base = "/api/escalations/" + id;
            String etag = given().auth().oauth2(TestTokens.teacher()).get(base).then().statusCode(200).extract().header("ETag");
            given().auth().oauth2(TestTokens.healthVisitor()).header("If-Match", "\"99\"").contentType(ContentType.JSON)
                    .body("{\"response\": \"r\"}").post(base + "/response").then().statusCode(412);
            given().auth().oauth2(TestTokens.healthVisitor()).header("If-Match", etag).contentType(ContentType.JSON)
                    .body("{\"response\": \"r\"}").post(base + "/response").then().statusCode(200)
                    .header("ETag", not(equalTo(etag)));
        }

        @Test
        @DisplayName("resolution: the raiser, the other side or the early help team; resolvedOn not before the previous step (422), not after today (422); the police 404")
        void resolution() {
            UUID familyId = family();
            LocalDate raisedOn = today().minusDays(3);
            String id = raised(familyId, raisedOn);
            String base = "/api/escalations/" + id;
            post(TestTokens.stranger(), base + "/resolution", "{\"resolution\": \"x\"}").statusCode(404);
            post(partnershipLead(), base + "/resolution", "{\"resolution\": \"x\"}").statusCode(404);
            post(TestTokens.healthVisitor(), base + "/resolution", "{\"resolution\": \"x\", \"resolvedOn\": \"%s\"}".formatted(raisedOn.minusDays(1)))
                    .statusCode(422).body("rule", equalTo("resolution-after-previous-step"));
            post(TestTokens.healthVisitor(), base + "/resolution", "{\"resolution\": \"x\", \"resolvedOn\": \"%s\"}".formatted(today().plusDays(1)))
                    .statusCode(422).body("rule", equalTo("recorded-date-not-after-today"));
            post(TestTokens.earlyHelpTeam(), base + "/resolution", "{\"resolution\": \"Agreed at the TAF meeting\", \"resolvedOn\": \"%s\"}"
                    .formatted(raisedOn.plusDays(1))).statusCode(200).body("status", equalTo("RESOLVED"))
                    .body("resolvedOn", equalTo(raisedOn.plusDays(1).toString()));
            awaitEvents(familyId, RESOLVED, 1);
        }

        @Test
        @DisplayName("an unknown escalation is 404 for everyone")
        void unknownIs404() {
            post(TestTokens.earlyHelpTeam(), "/api/escalations/" + UUID.randomUUID() + "/response", "{\"response\": \"r\"}").statusCode(404);
            given().auth().oauth2(TestTokens.earlyHelpTeam()).get("/api/escalations/" + UUID.randomUUID()).then().statusCode(404);
        }
    }

    @Nested
    @DisplayName("GET /api/escalations")
    class Reads {

        @Test
        @DisplayName("by id: 200 with ETag to those who see the family (audited); 404 to others (audited refused) and to another area")
        void byId() {
            UUID familyId = family();
            String id = raised(familyId, null);
            for (String token : List.of(TestTokens.teacher(), TestTokens.healthVisitor(), TestTokens.earlyHelpTeam(), healthManager())) {
                given().auth().oauth2(token).get("/api/escalations/" + id).then().statusCode(200).header("ETag", notNullValue())
                        .body("id", equalTo(id)).body("concern", equalTo(CONCERN));
            }
            for (String token : List.of(TestTokens.stranger(), TestTokens.socialWorker(), partnershipLead(),
                    TestTokens.token("eh-hants", "hampshire", "early-help", "early-help-team"))) {
                given().auth().oauth2(token).get("/api/escalations/" + id).then().statusCode(404).contentType("application/problem+json");
            }
            given().auth().oauth2(TestTokens.auditor()).get("/api/escalations/" + id).then().statusCode(403);
            given().get("/api/escalations/" + id).then().statusCode(401);
            assertThat(auditOf(familyId)).contains("escalation.read:ALLOWED", "escalation.access:REFUSED");
        }

        @Test
        @DisplayName("by family and status, paged: the family's circle sees them; a caller who does not see the family gets 404 (audited); size over 200 is 400")
        void list() {
            UUID familyId = family();
            String open = raised(familyId, null);
            String resolved = raised(familyId, today().minusDays(1));
            post(TestTokens.teacher(), "/api/escalations/" + resolved + "/resolution", "{\"resolution\": \"Agreed\"}").statusCode(200);
            given().auth().oauth2(TestTokens.healthVisitor()).queryParam("familyId", familyId).get("/api/escalations")
                    .then().statusCode(200).body("total", equalTo(2)).body("page", equalTo(0)).body("size", equalTo(20));
            given().auth().oauth2(TestTokens.teacher()).queryParam("familyId", familyId).queryParam("status", "OPEN").get("/api/escalations")
                    .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(open));
            given().auth().oauth2(TestTokens.earlyHelpTeam()).queryParam("familyId", familyId).queryParam("status", "RESOLVED")
                    .queryParam("size", 1).get("/api/escalations")
                    .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(resolved));
            given().auth().oauth2(TestTokens.stranger()).queryParam("familyId", familyId).get("/api/escalations")
                    .then().statusCode(404).contentType("application/problem+json");
            assertThat(auditOf(familyId)).contains("escalation.list:ALLOWED", "escalation.list:REFUSED");
            given().auth().oauth2(TestTokens.stranger()).get("/api/escalations").then().statusCode(200)
                    .body("items.id", not(hasItem(open)));
            given().auth().oauth2(TestTokens.teacher()).queryParam("size", 500).get("/api/escalations").then().statusCode(400);
            given().auth().oauth2(TestTokens.teacher()).queryParam("status", "SHELVED").get("/api/escalations").then().statusCode(400);
            given().auth().oauth2(TestTokens.partnerSystem()).get("/api/escalations").then().statusCode(403);
        }

        @Test
        @DisplayName("on the family's timeline for those who see it: raised, escalated, answered, resolved, on the days recorded, with no narrative")
        void timeline() {
            UUID familyId = family();
            LocalDate raisedOn = today().minusDays(30);
            String id = raised(familyId, raisedOn);
            post(TestTokens.teacher(), "/api/escalations/" + id + "/escalation", "{\"reason\": \"No answer\"}").statusCode(200);
            post(TestTokens.teacher(), "/api/escalations/" + id + "/resolution", "{\"resolution\": \"Agreed\"}").statusCode(200);
            given().auth().oauth2(TestTokens.healthVisitor()).queryParam("familyId", familyId).get("/api/timeline")
                    .then().statusCode(200)
                    .body("items.type", equalTo(List.of("ESCALATION_RAISED", "ESCALATION_ESCALATED", "ESCALATION_RESOLVED")))
                    .body("items[0].at", containsString(raisedOn.toString()))
                    .body("items[0].ref", equalTo("escalation/" + id))
                    .body("items[0].summary", equalTo("Professional disagreement raised by school with health (stage 1)"))
                    .body("items.summary", not(hasItem(containsString("Agreed"))));
            given().auth().oauth2(TestTokens.stranger()).queryParam("familyId", familyId).get("/api/timeline")
                    .then().statusCode(200).body("items.size()", equalTo(0));
        }
    }

    @Nested
    @DisplayName("reminders (EscalationReminders.sendDue)")
    class Reminders {

        @Test
        @DisplayName("answer due soon 1 working day before respondBy and overdue the day after, each once per stage, however often the job runs")
        void dueSoonThenOverdueOnce() {
            UUID familyId = family();
            String id = raised(familyId, null);
            LocalDate respondBy = defaults.respondBy(1, today());
            reminders.sendDue(defaults.dueSoonFrom(respondBy).minusDays(1));
            reminders.sendDue(defaults.dueSoonFrom(respondBy));
            reminders.sendDue(defaults.dueSoonFrom(respondBy));
            reminders.sendDue(respondBy);
            awaitEvents(familyId, DUE_SOON, 1);
            assertThat(eventsOf(familyId, DUE_SOON).get(0).value()).contains(id, "\"stage\":1", "\"respondBy\":\"" + respondBy + "\"",
                    "\"remindedOn\":\"" + defaults.dueSoonFrom(respondBy) + "\"", "\"withAgency\":\"health\"", "\"raisedByUserId\":\"teacher\"");
            assertThat(eventsOf(familyId, OVERDUE)).isEmpty();
            reminders.sendDue(respondBy.plusDays(1));
            reminders.sendDue(respondBy.plusDays(2));
            awaitEvents(familyId, OVERDUE, 1);
            assertThat(eventsOf(familyId, OVERDUE).get(0).value()).contains(id, "\"remindedOn\":\"" + respondBy.plusDays(1) + "\"")
                    .doesNotContain("check");
            assertThat(eventsOf(familyId, DUE_SOON)).hasSize(1);
            // a reminder is not a change a client must re-read: the ETag it holds still writes
            given().auth().oauth2(TestTokens.healthVisitor()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                    .body("{\"response\": \"Sorry for the delay\"}").post("/api/escalations/" + id + "/response").then().statusCode(200);
        }

        @Test
        @DisplayName("a disagreement raised in the past and never answered is overdue at once; after escalation its new stage is reminded again; an answered one never")
        void backDatedIsOverdueAtOnceAndEachStageHasItsOwn() {
            UUID familyId = family();
            String id = raised(familyId, today().minusDays(30));
            UUID answeredFamily = family();
            String answered = raised(answeredFamily, today().minusDays(30));
            post(TestTokens.healthVisitor(), "/api/escalations/" + answered + "/response", "{\"response\": \"r\"}").statusCode(200);
            assertThat(reminders.sendDue(today())).isPositive();
            awaitEvents(familyId, OVERDUE, 1);
            post(TestTokens.teacher(), "/api/escalations/" + id + "/escalation", "{\"reason\": \"Overdue\"}").statusCode(200);
            LocalDate stage2By = defaults.respondBy(2, today());
            reminders.sendDue(stage2By.plusDays(1));
            awaitEvents(familyId, OVERDUE, 2);
            assertThat(eventsOf(familyId, OVERDUE).get(1).value()).contains("\"stage\":2", "\"respondBy\":\"" + stage2By + "\"");
            assertThat(eventsOf(answeredFamily, OVERDUE)).isEmpty();
            assertThat(eventsOf(answeredFamily, DUE_SOON)).isEmpty();
        }
    }
}
