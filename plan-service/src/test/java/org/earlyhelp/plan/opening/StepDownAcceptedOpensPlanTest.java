package org.earlyhelp.plan.opening;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.earlyhelp.events.Professional;
import org.earlyhelp.events.assessment.AssessmentCompletedV1;
import org.earlyhelp.events.referral.StepDownAcceptedV1;
import org.earlyhelp.localstack.ServiceTestStack;
import org.earlyhelp.localstack.TestTokens;
import org.earlyhelp.localstack.TopicReader;
import org.earlyhelp.localstack.TopicWriter;
import org.earlyhelp.plan.timescales.AreaTimescales;
import org.earlyhelp.platform.sealing.TextSealer;
import org.earlyhelp.platform.time.RecordedDates;
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
    @Inject
    Clock clock;
    @Inject
    AreaTimescales timescales;

    final TopicWriter writer = new TopicWriter(ServiceTestStack.kafka().bootstrapServers());
    final TopicReader reader = new TopicReader(ServiceTestStack.kafka().bootstrapServers());

    @AfterEach
    void close() {
        writer.close();
    }

    /** The day the tests' step-downs were accepted: 100 days before the platform's today. */
    LocalDate acceptedOn() {
        return RecordedDates.today(clock).minusDays(100);
    }

    /** Accepted on {@code acceptedOn}, carrying a goal due 101 days after it. */
    StepDownAcceptedV1 accepted(UUID familyId, UUID stepDownId, String leadUserId, LocalDate acceptedOn) {
        return accepted(familyId, stepDownId, leadUserId, acceptedOn, acceptedOn.plusDays(101));
    }

    StepDownAcceptedV1 accepted(UUID familyId, UUID stepDownId, String leadUserId, LocalDate acceptedOn, LocalDate goalTarget) {
        return new StepDownAcceptedV1(familyId, "isle-of-wight", stepDownId, List.of(UUID.randomUUID()), "sw",
                new Professional(leadUserId, "Tess Teacher", "school", "Designated safeguarding lead"), acceptedOn,
                List.of(new StepDownAcceptedV1.CarriedOverGoal("PERSISTENT_ABSENCE", sealer.seal("Back in school every day"),
                        sealer.seal("Attendance above 95%"), goalTarget)));
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
        LocalDate acceptedOn = acceptedOn();
        publish(accepted(familyId, stepDownId, "teacher", acceptedOn), UUID.randomUUID().toString());

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
                .body("goals[0].targetDate", equalTo(acceptedOn.plusDays(101).toString()))
                .body("nextReview.kind", equalTo("INITIAL"))
                .body("nextReview.dueBy", equalTo(timescales.forArea("isle-of-wight").initialReviewDue(acceptedOn).toString()))
                .body("openedOn", equalTo(acceptedOn.toString()));

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
    @DisplayName("a step-down recorded long after it was accepted, its carried-over goal's target already past, opens the plan on acceptedOn with every deadline counted from it")
    void aStepDownRecordedAfterTheFactOpensOnItsOwnDate() throws Exception {
        UUID familyId = UUID.randomUUID();
        UUID stepDownId = UUID.randomUUID();
        LocalDate today = RecordedDates.today(clock);
        LocalDate acceptedOn = today.minusDays(200);
        publish(accepted(familyId, stepDownId, "teacher", acceptedOn, today.minusDays(30)), UUID.randomUUID().toString());

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(plansFor(stepDownId)).hasSize(1));
        LocalDate due = timescales.forArea("isle-of-wight").initialReviewDue(acceptedOn);
        assertThat(due).isBefore(today);
        given().auth().oauth2(TestTokens.teacher()).queryParam("originRef", stepDownId).get("/api/plans").then().statusCode(200)
                .body("items[0].openedOn", equalTo(acceptedOn.toString()))
                .body("items[0].origins[0].joinedOn", equalTo(acceptedOn.toString()))
                .body("items[0].goals[0].targetDate", equalTo(today.minusDays(30).toString()))
                .body("items[0].nextReview.dueBy", equalTo(due.toString()));
    }

    @Test
    @DisplayName("a step-down dated after today is not refused by the consumer: the plan opens on the date the event carries")
    void anEventIsNeverRefusedForItsDates() throws Exception {
        UUID stepDownId = UUID.randomUUID();
        LocalDate later = RecordedDates.today(clock).plusDays(3);
        publish(accepted(UUID.randomUUID(), stepDownId, "teacher", later), UUID.randomUUID().toString());

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(plansFor(stepDownId)).hasSize(1));
        given().auth().oauth2(TestTokens.teacher()).queryParam("originRef", stepDownId).get("/api/plans").then()
                .body("items[0].openedOn", equalTo(later.toString()))
                .body("items[0].nextReview.dueBy", equalTo(timescales.forArea("isle-of-wight").initialReviewDue(later).toString()));
    }

    @Test
    @DisplayName("an assessment completed weeks ago opens its plan on completedOn, not on the day the event arrived, the initial review counted from it")
    void anAssessmentCompletedOpensOnItsOwnDate() throws Exception {
        UUID familyId = UUID.randomUUID();
        UUID assessmentId = UUID.randomUUID();
        LocalDate completedOn = RecordedDates.today(clock).minusDays(45);
        AssessmentCompletedV1 completed = new AssessmentCompletedV1(familyId, "isle-of-wight", assessmentId, List.of(UUID.randomUUID()),
                new Professional("teacher", "Tess Teacher", "school", "DSL"),
                List.of(new AssessmentCompletedV1.IdentifiedNeed(UUID.randomUUID(), null, "HOUSING")), "EARLY_HELP", completedOn);
        writer.send("earlyhelp.assessment.events", familyId.toString(), UUID.randomUUID().toString(),
                "earlyhelp.assessment.assessment-completed.v1", json.writeValueAsString(completed));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().auth().oauth2(TestTokens.earlyHelpTeam())
                .queryParam("originRef", assessmentId).get("/api/plans").then().body("total", equalTo(1)));
        given().auth().oauth2(TestTokens.earlyHelpTeam()).queryParam("originRef", assessmentId).get("/api/plans").then()
                .body("items[0].origin", equalTo("ASSESSMENT"))
                .body("items[0].openedOn", equalTo(completedOn.toString()))
                .body("items[0].goals[0].draft", equalTo(true))
                .body("items[0].nextReview.dueBy", equalTo(timescales.forArea("isle-of-wight").initialReviewDue(completedOn).toString()));
    }

    @Test
    @DisplayName("an assessment concluding UNIVERSAL opens no plan; the family's next assessment, TARGETED, opens one from it alone")
    void aUniversalAssessmentOpensNoPlan() throws Exception {
        UUID familyId = UUID.randomUUID();
        UUID universal = UUID.randomUUID();
        UUID targeted = UUID.randomUUID();
        LocalDate completedOn = RecordedDates.today(clock).minusDays(10);
        for (var assessment : List.of(java.util.Map.entry(universal, "UNIVERSAL"), java.util.Map.entry(targeted, "TARGETED"))) {
            AssessmentCompletedV1 completed = new AssessmentCompletedV1(familyId, "isle-of-wight", assessment.getKey(),
                    List.of(UUID.randomUUID()), new Professional("teacher", "Tess Teacher", "school", "DSL"),
                    List.of(new AssessmentCompletedV1.IdentifiedNeed(UUID.randomUUID(), null, "HOUSING")), assessment.getValue(), completedOn);
            // one family, one partition: the TARGETED completion is applied after the UNIVERSAL one
            writer.send("earlyhelp.assessment.events", familyId.toString(), UUID.randomUUID().toString(),
                    "earlyhelp.assessment.assessment-completed.v1", json.writeValueAsString(completed));
        }
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().auth().oauth2(TestTokens.earlyHelpTeam())
                .queryParam("familyId", familyId).get("/api/plans").then().statusCode(200).body("total", equalTo(1)));
        given().auth().oauth2(TestTokens.earlyHelpTeam()).queryParam("familyId", familyId).get("/api/plans").then()
                .body("items[0].originRef", equalTo(targeted.toString()))
                .body("items[0].origins", org.hamcrest.Matchers.hasSize(1));
        given().auth().oauth2(TestTokens.earlyHelpTeam()).queryParam("originRef", universal).get("/api/plans").then()
                .body("total", equalTo(0));
    }

    @Test
    @DisplayName("(c) the same event delivered twice opens exactly one plan and raises its events once")
    void redeliveredEventIsAppliedOnce() throws Exception {
        UUID familyId = UUID.randomUUID();
        UUID stepDownId = UUID.randomUUID();
        StepDownAcceptedV1 event = accepted(familyId, stepDownId, "teacher", acceptedOn());
        String eventId = UUID.randomUUID().toString();
        publish(event, eventId);
        publish(event, eventId);
        // a later, different event for the same family (same partition, so strictly after both deliveries)
        UUID marker = UUID.randomUUID();
        publish(accepted(familyId, marker, "teacher", acceptedOn()), UUID.randomUUID().toString());

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
        publish(accepted(familyId, stepDownId, "teacher", acceptedOn()), UUID.randomUUID().toString());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(plansFor(stepDownId)).hasSize(1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<ConsumerRecord<String, String>> parked = reader.recordsFor("earlyhelp.referral.events.dlq", poisonFamily.toString());
            assertThat(parked).hasSize(1);
            assertThat(TopicReader.header(parked.get(0), "dead-letter-reason")).isNotBlank();
        });
        // counted for ops: earlyhelp_events_dead_lettered_total of the channel that parked it (1 unless another test parked one)
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
            java.util.regex.Matcher dead = java.util.regex.Pattern.compile(
                    "(?m)^earlyhelp_events_dead_lettered_total\\{channel=\"referral-events\",topic=\"earlyhelp.referral.events.dlq\"\\} ([0-9.E]+)$")
                    .matcher(metrics);
            assertThat(dead.find()).as("earlyhelp_events_dead_lettered_total of referral-events in /q/metrics").isTrue();
            assertThat(Double.parseDouble(dead.group(1))).isGreaterThanOrEqualTo(1.0);
        });
    }

    @Test
    @DisplayName("a second step-down for a family with an active plan joins it: one plan, found by either origin")
    void secondStepDownJoinsTheActivePlan() throws Exception {
        UUID familyId = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        publish(accepted(familyId, first, "teacher", acceptedOn()), UUID.randomUUID().toString());
        publish(accepted(familyId, second, "hv", acceptedOn().plusDays(7)), UUID.randomUUID().toString());

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
        publish(accepted(UUID.randomUUID(), stepDownId, "teacher", acceptedOn()), UUID.randomUUID().toString());
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
