package org.earlyhelp.notification.inbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.earlyhelp.events.Professional;
import org.earlyhelp.events.plan.PlanOpenedV1;
import org.earlyhelp.events.plan.ReviewScheduledV1;
import org.earlyhelp.events.referral.StepUpDecisionRecordedV1;
import org.earlyhelp.events.referral.StepUpReferralSubmittedV1;
import org.earlyhelp.localstack.ServiceTestStack;
import org.earlyhelp.localstack.TestTokens;
import org.earlyhelp.localstack.TopicWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/** Plan events from a real broker reach the right inboxes, once. */
@QuarkusTest
class InboxTest {

    static final String TOPIC = "earlyhelp.plan.events";

    @Inject
    java.time.Clock clock;

    @Inject
    ObjectMapper json;

    final TopicWriter writer = new TopicWriter(ServiceTestStack.kafka().bootstrapServers());

    @AfterEach
    void close() {
        writer.close();
    }

    List<String> inboxPlanIds(String token) {
        return given().auth().oauth2(token).queryParam("size", 200).get("/api/notifications")
                .then().statusCode(200).extract().path("items.planId");
    }

    void publishPlanOpened(UUID familyId, UUID planId, String lead, String eventId) throws Exception {
        PlanOpenedV1 event = new PlanOpenedV1(familyId, "isle-of-wight", planId, "STEP_DOWN", UUID.randomUUID(),
                new Professional(lead, "Lee Lead", "school", "DSL"), List.of(), LocalDate.of(2026, 3, 22), false);
        writer.send(TOPIC, familyId.toString(), eventId, "earlyhelp.plan.plan-opened.v1", json.writeValueAsString(event));
    }

    @Test
    @DisplayName("PlanOpened and ReviewScheduled reach the lead professional's inbox, newest first, and the team inbox")
    void planEventsReachTheLeadProfessionalAndTheTeam() throws Exception {
        UUID familyId = UUID.randomUUID();
        UUID planId = UUID.randomUUID();
        publishPlanOpened(familyId, planId, "teacher", UUID.randomUUID().toString());
        ReviewScheduledV1 review = new ReviewScheduledV1(familyId, "isle-of-wight", planId, UUID.randomUUID(), "INITIAL",
                LocalDate.of(2026, 4, 21), "teacher");
        writer.send(TOPIC, familyId.toString(), UUID.randomUUID().toString(), "earlyhelp.plan.review-scheduled.v1",
                json.writeValueAsString(review));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(inboxPlanIds(TestTokens.teacher()).stream().filter(planId.toString()::equals)).hasSize(2));
        given().auth().oauth2(TestTokens.teacher()).get("/api/notifications").then().statusCode(200)
                .body("items[0].type", equalTo("REVIEW_SCHEDULED"))
                .body("items[0].familyId", equalTo(familyId.toString()))
                .body("items[0].message", equalTo("The first review of a family plan you lead is due by 21 April 2026."))
                .body("items[1].type", equalTo("PLAN_OPENED"))
                .body("items[0].createdAt", notNullValue());
        assertThat(inboxPlanIds(TestTokens.earlyHelpTeam())).contains(planId.toString());
        assertThat(inboxPlanIds(TestTokens.stranger())).doesNotContain(planId.toString());
    }

    @Test
    @DisplayName("a redelivered event makes no second notification")
    void redeliveryMakesNoSecondNotification() throws Exception {
        UUID planId = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        UUID familyId = UUID.randomUUID();
        publishPlanOpened(familyId, planId, "hv", eventId);
        publishPlanOpened(familyId, planId, "hv", eventId);
        UUID marker = UUID.randomUUID();
        publishPlanOpened(familyId, marker, "hv", UUID.randomUUID().toString());

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(inboxPlanIds(TestTokens.healthVisitor())).contains(marker.toString()));
        assertThat(inboxPlanIds(TestTokens.healthVisitor()).stream().filter(planId.toString()::equals)).hasSize(1);
    }

    @Test
    @DisplayName("POST /api/notifications/{id}/read marks it read; someone else's notification is 404")
    void markRead() throws Exception {
        UUID planId = UUID.randomUUID();
        publishPlanOpened(UUID.randomUUID(), planId, "teacher", UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(inboxPlanIds(TestTokens.teacher())).contains(planId.toString()));
        String id = given().auth().oauth2(TestTokens.teacher()).queryParam("size", 200).get("/api/notifications")
                .then().extract().path("items.find { it.planId == '" + planId + "' }.id");
        given().auth().oauth2(TestTokens.stranger()).post("/api/notifications/{id}/read", id).then().statusCode(404);
        given().auth().oauth2(TestTokens.teacher()).post("/api/notifications/{id}/read", id).then().statusCode(200)
                .body("readAt", notNullValue());
        List<String> unread = given().auth().oauth2(TestTokens.teacher()).queryParam("unread", true).queryParam("size", 200)
                .get("/api/notifications").then().extract().path("items.id");
        assertThat(unread).doesNotContain(id);
    }

    @Test
    @DisplayName("reading a notification is a read of its family's records: the inbox read and the mark-read are in the family's audit trail (who, agency, which)")
    void notificationReadsAreAudited() throws Exception {
        UUID familyId = UUID.randomUUID();
        UUID planId = UUID.randomUUID();
        publishPlanOpened(familyId, planId, "teacher", UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(inboxPlanIds(TestTokens.teacher())).contains(planId.toString()));
        String id = given().auth().oauth2(TestTokens.teacher()).queryParam("familyId", familyId).get("/api/notifications")
                .then().statusCode(200).extract().path("items[0].id");
        given().auth().oauth2(TestTokens.teacher()).post("/api/notifications/{id}/read", id).then().statusCode(200);
        List<String> actions = given().auth().oauth2(TestTokens.auditor()).queryParam("familyId", familyId).queryParam("size", 100)
                .get("/api/audit").then().statusCode(200).extract().path("items.findAll { it.userId == 'teacher' }.action");
        assertThat(actions).contains("notification.read", "notification.mark-read");
        given().auth().oauth2(TestTokens.auditor()).queryParam("familyId", familyId).get("/api/audit").then()
                .body("items.resource", org.hamcrest.Matchers.hasItem("notification/" + id))
                .body("items.agency", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.equalTo("school")));
    }

    @Test
    @DisplayName("GET /api/notifications without a token answers 401; as an auditor 403")
    void access() {
        given().get("/api/notifications").then().statusCode(401);
        given().auth().oauth2(TestTokens.auditor()).get("/api/notifications").then().statusCode(403);
    }

    @Test
    @DisplayName("the closed loop: an urgent referral reaches every social worker's front door; CSC's decision, delivered twice, reaches the referrer once")
    void referralEventsCloseTheLoop() throws Exception {
        UUID familyId = UUID.randomUUID();
        UUID planId = UUID.randomUUID();
        UUID referralId = UUID.randomUUID();
        writer.send("earlyhelp.referral.events", familyId.toString(), UUID.randomUUID().toString(),
                "earlyhelp.referral.step-up-referral-submitted.v1", json.writeValueAsString(new StepUpReferralSubmittedV1(familyId,
                        "isle-of-wight", referralId, planId, List.of(), true, true, "teacher", clock.instant())));
        String decisionEvent = UUID.randomUUID().toString();
        String decided = json.writeValueAsString(new StepUpDecisionRecordedV1(familyId, "isle-of-wight", referralId, planId,
                "CHILD_PROTECTION_S47", LocalDate.of(2026, 4, 23), true, "teacher", "teacher"));
        writer.send("earlyhelp.referral.events", familyId.toString(), decisionEvent, "earlyhelp.referral.step-up-decision-recorded.v1", decided);
        writer.send("earlyhelp.referral.events", familyId.toString(), decisionEvent, "earlyhelp.referral.step-up-decision-recorded.v1", decided);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(given().auth().oauth2(TestTokens.socialWorker())
                .queryParam("size", 200).get("/api/notifications").then().statusCode(200).extract().<List<String>>path("items.type"))
                .contains("URGENT_STEP_UP_REFERRAL"));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(inboxPlanIds(TestTokens.teacher())).contains(planId.toString()));
        List<String> teacherTypes = given().auth().oauth2(TestTokens.teacher()).queryParam("size", 200).get("/api/notifications").then()
                .extract().path("items.findAll { it.planId == '%s' }.type".formatted(planId));
        assertThat(teacherTypes).containsExactly("STEP_UP_DECISION");
        assertThat(given().auth().oauth2(TestTokens.teacher()).queryParam("size", 200).get("/api/notifications").then()
                .extract().<List<String>>path("items.type")).doesNotContain("URGENT_STEP_UP_REFERRAL");
    }
}
