package org.earlyhelp.plan.opening;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.earlyhelp.events.Professional;
import org.earlyhelp.events.referral.StepDownAcceptedV1;
import org.earlyhelp.localstack.ServiceTestStack;
import org.earlyhelp.localstack.TestTokens;
import org.earlyhelp.localstack.TopicReader;
import org.earlyhelp.localstack.TopicWriter;
import org.earlyhelp.platform.sealing.TextSealer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/** StepDownAccepted, as referral-service publishes it, crossing a real broker into plan-service. */
@QuarkusTest
class StepDownAcceptedOpensPlanTest {

    static final String REFERRAL_TOPIC = "earlyhelp.referral.events";
    static final String TYPE = "earlyhelp.referral.step-down-accepted.v1";

    @Inject
    ObjectMapper json;
    @Inject
    TextSealer sealer;

    final TopicWriter writer = new TopicWriter(ServiceTestStack.kafka().bootstrapServers());
    final TopicReader reader = new TopicReader(ServiceTestStack.kafka().bootstrapServers());

    @AfterEach
    void close() {
        writer.close();
    }

    StepDownAcceptedV1 accepted(UUID familyId, UUID stepDownId, String leadUserId, LocalDate acceptedOn) {
        return new StepDownAcceptedV1(familyId, "isle-of-wight", stepDownId, List.of(UUID.randomUUID()), "sw",
                new Professional(leadUserId, "Tess Teacher", "school", "Designated safeguarding lead"), acceptedOn,
                List.of(new StepDownAcceptedV1.CarriedOverGoal("PERSISTENT_ABSENCE", sealer.seal("Back in school every day"),
                        sealer.seal("Attendance above 95%"), LocalDate.of(2027, 7, 1))));
    }

    void publish(StepDownAcceptedV1 event, String eventId) throws Exception {
        writer.send(REFERRAL_TOPIC, event.familyId().toString(), eventId, TYPE, json.writeValueAsString(event));
    }

    List<Object> plansFor(UUID stepDownId) {
        return given().auth().oauth2(TestTokens.earlyHelpTeam())
                .queryParam("origin", "STEP_DOWN").queryParam("originRef", stepDownId)
                .get("/api/plans").then().statusCode(200).extract().path("items");
    }

    @Test
    @DisplayName("stepDownAcceptedOpensPlanWithCarriedOverGoalsAndFirstReviewDueIn20WorkingDays")
    void stepDownAcceptedOpensPlan() throws Exception {
        UUID familyId = UUID.randomUUID();
        UUID stepDownId = UUID.randomUUID();
        publish(accepted(familyId, stepDownId, "teacher", LocalDate.of(2027, 3, 22)), UUID.randomUUID().toString());

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(plansFor(stepDownId)).hasSize(1));
        String planId = given().auth().oauth2(TestTokens.teacher())
                .queryParam("origin", "STEP_DOWN").queryParam("originRef", stepDownId)
                .get("/api/plans").then().statusCode(200)
                .body("items", hasSize(1)).body("total", equalTo(1)).body("page", equalTo(0)).body("size", equalTo(20))
                .extract().path("items[0].id");

        given().auth().oauth2(TestTokens.teacher()).get("/api/plans/{id}", planId).then().statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("origin", equalTo("STEP_DOWN"))
                .body("originRef", equalTo(stepDownId.toString()))
                .body("familyId", equalTo(familyId.toString()))
                .body("leadProfessional.userId", equalTo("teacher"))
                .body("goals[0].needIndicator", equalTo("PERSISTENT_ABSENCE"))
                .body("goals[0].description", equalTo("Back in school every day"))
                .body("goals[0].measure", equalTo("Attendance above 95%"))
                .body("goals[0].targetDate", equalTo("2027-07-01"))
                .body("nextReview.kind", equalTo("INITIAL"))
                .body("nextReview.dueBy", equalTo("2027-04-21"))
                .body("openedOn", equalTo("2027-03-22"));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            List<String> types = reader.recordsFor("earlyhelp.plan.events", familyId.toString()).stream()
                    .map(r -> TopicReader.header(r, "ce_type")).toList();
            assertThat(types).containsExactly("earlyhelp.plan.plan-opened.v1", "earlyhelp.plan.review-scheduled.v1");
        });
        for (ConsumerRecord<String, String> record : reader.recordsFor("earlyhelp.plan.events", familyId.toString())) {
            assertThat(record.value()).doesNotContain("Back in school", "Attendance above");
        }
    }

    @Test
    @DisplayName("(c) the same event delivered twice opens exactly one plan and raises its events once")
    void redeliveredEventIsAppliedOnce() throws Exception {
        UUID familyId = UUID.randomUUID();
        UUID stepDownId = UUID.randomUUID();
        StepDownAcceptedV1 event = accepted(familyId, stepDownId, "teacher", LocalDate.of(2027, 3, 22));
        String eventId = UUID.randomUUID().toString();
        publish(event, eventId);
        publish(event, eventId);
        // a later, different event for the same family (same partition, so strictly after both deliveries)
        UUID marker = UUID.randomUUID();
        publish(accepted(familyId, marker, "teacher", LocalDate.of(2027, 3, 22)), UUID.randomUUID().toString());

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(plansFor(marker)).hasSize(1));
        given().auth().oauth2(TestTokens.earlyHelpTeam()).queryParam("familyId", familyId).get("/api/plans")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].goals", hasSize(2));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(planEventsOf(familyId)).contains("plan-opened:" + marker));
        assertThat(planEventsOf(familyId)).containsExactly("plan-opened:" + stepDownId, "review-scheduled", "plan-opened:" + marker);
    }

    /** The family's plan events as "plan-opened:<originRef>" / "review-scheduled", in broker order. */
    List<String> planEventsOf(UUID familyId) {
        return reader.recordsFor("earlyhelp.plan.events", familyId.toString()).stream().map(r -> {
            String type = TopicReader.header(r, "ce_type");
            return type.contains("plan-opened") ? "plan-opened:" + r.value().replaceAll(".*\"originRef\":\"([^\"]+)\".*", "$1")
                    : type.replace("earlyhelp.plan.", "").replace(".v1", "");
        }).toList();
    }

    @Test
    @DisplayName("(d) a poison event goes to the dead-letter topic after its retries, and the consumer carries on")
    void poisonEventIsParkedAndConsumerCarriesOn() throws Exception {
        UUID poisonFamily = UUID.randomUUID();
        writer.send(REFERRAL_TOPIC, poisonFamily.toString(), UUID.randomUUID().toString(), TYPE, "{\"familyId\": \"not-json");
        UUID familyId = UUID.randomUUID();
        UUID stepDownId = UUID.randomUUID();
        publish(accepted(familyId, stepDownId, "teacher", LocalDate.of(2027, 3, 22)), UUID.randomUUID().toString());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(plansFor(stepDownId)).hasSize(1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<ConsumerRecord<String, String>> parked = reader.recordsFor("earlyhelp.referral.events.dlq", poisonFamily.toString());
            assertThat(parked).hasSize(1);
            assertThat(TopicReader.header(parked.get(0), "dead-letter-reason")).isNotBlank();
        });
    }

    @Test
    @DisplayName("a second step-down for a family with an active plan joins it: one plan, found by either origin")
    void secondStepDownJoinsTheActivePlan() throws Exception {
        UUID familyId = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        publish(accepted(familyId, first, "teacher", LocalDate.of(2027, 3, 22)), UUID.randomUUID().toString());
        publish(accepted(familyId, second, "hv", LocalDate.of(2027, 3, 29)), UUID.randomUUID().toString());

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(plansFor(second)).hasSize(1));
        String viaFirst = given().auth().oauth2(TestTokens.earlyHelpTeam()).queryParam("originRef", first).get("/api/plans")
                .then().extract().path("items[0].id");
        given().auth().oauth2(TestTokens.earlyHelpTeam()).queryParam("originRef", second).get("/api/plans")
                .then().body("items[0].id", equalTo(viaFirst)).body("items[0].leadProfessional.userId", equalTo("hv"))
                .body("items[0].goals", hasSize(2));
        given().auth().oauth2(TestTokens.earlyHelpTeam()).queryParam("familyId", familyId).get("/api/plans")
                .then().body("total", equalTo(1));
    }

    @Test
    @DisplayName("a practitioner with no part in the plan gets 404 on it and does not see it listed")
    void strangerSeesNothing() throws Exception {
        UUID stepDownId = UUID.randomUUID();
        publish(accepted(UUID.randomUUID(), stepDownId, "teacher", LocalDate.of(2027, 3, 22)), UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(plansFor(stepDownId)).hasSize(1));
        String planId = given().auth().oauth2(TestTokens.earlyHelpTeam()).queryParam("originRef", stepDownId).get("/api/plans")
                .then().extract().path("items[0].id");
        given().auth().oauth2(TestTokens.stranger()).get("/api/plans/{id}", planId).then().statusCode(404);
        given().auth().oauth2(TestTokens.stranger()).queryParam("originRef", stepDownId).get("/api/plans")
                .then().statusCode(200).body("total", equalTo(0));
        given().get("/api/plans/{id}", planId).then().statusCode(401);
    }

    @Test
    @DisplayName("GET /api/plans with an unknown status code or a malformed id answers 400 naming the parameter")
    void badFiltersAre400() {
        given().auth().oauth2(TestTokens.earlyHelpTeam()).queryParam("status", "OPEN").get("/api/plans")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("status"));
        given().auth().oauth2(TestTokens.earlyHelpTeam()).queryParam("originRef", "not-a-uuid").get("/api/plans")
                .then().statusCode(400).body("errors[0].field", equalTo("originRef"));
        given().auth().oauth2(TestTokens.earlyHelpTeam()).get("/api/plans/{id}", "not-a-uuid").then().statusCode(404);
    }

    @Test
    @DisplayName("GET /api/plans with a page size out of range answers 400 naming the field")
    void badPageSizeIs400() {
        given().auth().oauth2(TestTokens.earlyHelpTeam()).queryParam("size", 1000).get("/api/plans")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("size"));
    }
}
