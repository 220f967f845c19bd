package org.earlyhelp.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.earlyhelp.localstack.EarlyHelpSystem;
import org.earlyhelp.localstack.ServiceProcess;
import org.earlyhelp.localstack.TopicReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;

/**
 * Journeys 2 to 4: the days when a part of the system is away. Each journey puts back what it
 * took away (in {@code finally}), so the journeys after it find the whole system running.
 */
class FaultJourneysIT {

    static EarlyHelpSystem system;
    static String teacher;
    static String sw;

    @BeforeAll
    static void startTheWholeSystem() {
        system = RunningSystem.get();
        RestAssured.baseURI = system.gatewayUrl();
        teacher = system.keycloak().passwordToken("teacher", "teacher");
        sw = system.keycloak().passwordToken("sw", "sw");
    }

    @AfterAll
    static void reportLatency() {
        StepDownLatency.report();
    }

    /** Exactly one plan from the step-down, its initial review scheduled, and the lead professional told once of each. */
    static String assertExactlyOnePlanWithReviewAndNotification(String stepDownId, Duration atMost) {
        String planId = StepDowns.awaitPlan(teacher, stepDownId, atMost);
        given().auth().oauth2(teacher).get("/api/plans/{id}", planId).then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("nextReview.kind", equalTo("INITIAL"))
                .body("nextReview.dueBy", equalTo(StepDowns.INITIAL_REVIEW_DUE));
        await().atMost(atMost).untilAsserted(() ->
                assertThat(Inbox.typesFor(teacher, planId)).containsExactlyInAnyOrder("PLAN_OPENED", "REVIEW_SCHEDULED"));
        // by now every copy of the event that could arrive has been consumed: still one plan
        given().auth().oauth2(teacher).queryParam("originRef", stepDownId).get("/api/plans").then().body("total", equalTo(1));
        return planId;
    }

    @Test
    @DisplayName("journey 2: the Kafka broker is stopped for 30 s: every service and the gateway stay ready, the dependencies group says the broker is down, a step-down acceptance and a family registration are accepted; once it is back, exactly one plan opens, its review scheduled, the lead professional notified, the family's registration on the bus")
    void kafkaBrokerAway() {
        String stepDownId = StepDowns.propose(sw);
        system.kafka().stop();
        String familyId;
        try {
            // the broker is away: each service's readiness is its own database, the gateway's its own, so none leaves the
            // load balancer; the broker's state is in the dependencies group, for dashboards
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                for (Map.Entry<String, ServiceProcess> process : system.services().entrySet()) {
                    assertThat(status(process.getValue().managementUrl() + "/q/health/ready")).as(process.getKey() + " ready").isEqualTo(200);
                }
                for (String service : List.of("assessment-service", "plan-service", "referral-service", "notification-service",
                        "reporting-service")) {
                    given().get(system.service(service).managementUrl() + "/q/health/group/dependencies").then().statusCode(503)
                            .body("checks.find { it.name == 'kafka-broker' }.status", equalTo("DOWN"));
                }
            });
            // writes through the gateway are accepted: they need only the owning service and its database; the events wait in
            // the outboxes. The acceptance needs referral-service alone, the registration assessment-service alone.
            StepDowns.accept(teacher, stepDownId, StepDowns.ACCEPTED_ON);
            familyId = Families.register(teacher).id();
            await().during(Duration.ofSeconds(30)).atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                given().auth().oauth2(teacher).queryParam("originRef", stepDownId).get("/api/plans").then().statusCode(200)
                        .body("total", equalTo(0));
                assertThat(status(system.service("gateway").managementUrl() + "/q/health/ready")).as("gateway ready").isEqualTo(200);
            });
        } finally {
            system.kafka().restart();
        }
        long back = System.nanoTime();
        assertExactlyOnePlanWithReviewAndNotification(stepDownId, Duration.ofSeconds(120));
        System.out.printf("[e2e] Kafka back -> plan readable and the lead professional told: %d ms%n", (System.nanoTime() - back) / 1_000_000);
        TopicReader bus = new TopicReader(system.kafka().bootstrapServers(), system.kafka().clientSettings());
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(bus.recordsFor("earlyhelp.assessment.events", familyId))
                .extracting(record -> TopicReader.header(record, "ce_type")).contains("earlyhelp.assessment.family-registered.v1"));
        // the broker is back in the dependencies group of every service
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (String service : List.of("assessment-service", "plan-service", "referral-service", "notification-service",
                    "reporting-service")) {
                given().get(system.service(service).managementUrl() + "/q/health/group/dependencies").then().statusCode(200)
                        .body("checks.find { it.name == 'kafka-broker' }.status", equalTo("UP"));
            }
        });
    }

    /** The HTTP status of a GET without a token (health is open, on each process's management address). */
    static int status(String url) {
        return given().get(url).then().extract().statusCode();
    }

    @Test
    @DisplayName("journey 3: plan-service is killed (SIGKILL) right after a step-down is accepted; while it is down the gateway answers 503 at once; restarted, exactly one plan")
    void planServiceKilled() {
        ServiceProcess planService = system.service("plan-service");
        String stepDownId = StepDowns.propose(sw);
        StepDowns.accept(teacher, stepDownId, StepDowns.ACCEPTED_ON);
        planService.kill();
        try {
            assertThat(planService.isRunning()).isFalse();
            given().auth().oauth2(teacher).queryParam("originRef", stepDownId).get("/api/plans").then().statusCode(503)
                    .contentType("application/problem+json").header("Retry-After", notNullValue());
        } finally {
            planService.restart();
        }
        long back = System.nanoTime();
        assertExactlyOnePlanWithReviewAndNotification(stepDownId, Duration.ofSeconds(60));
        System.out.printf("[e2e] plan-service ready again -> plan readable and the lead professional told: %d ms%n",
                (System.nanoTime() - back) / 1_000_000);
    }

    @Test
    @DisplayName("journey 4: notification-service is down while a family is stepped down; the plan opens meanwhile, the inbox is a 503 and the timeline names the missing part; restarted, the notifications arrive once")
    void notificationServiceDown() {
        ServiceProcess notificationService = system.service("notification-service");
        Families.Family family = Families.register(teacher);
        Families.consentNaming(teacher, family, "childrens-social-care"); // CSC sees the family: it may step it down
        notificationService.stop();
        String stepDownId;
        try {
            stepDownId = StepDowns.propose(sw, family.id(), family.child());
            StepDowns.acceptAndAwaitPlan("notifications-down", teacher, stepDownId, StepDowns.ACCEPTED_ON);
            given().auth().oauth2(teacher).get("/api/notifications").then().statusCode(503)
                    .contentType("application/problem+json").header("Retry-After", notNullValue());
            given().auth().oauth2(teacher).get("/api/families/{id}/timeline", family.id()).then().statusCode(200)
                    .body("missing", contains("notification-service"));
        } finally {
            notificationService.restart();
        }
        assertExactlyOnePlanWithReviewAndNotification(stepDownId, Duration.ofSeconds(60));
        given().auth().oauth2(teacher).get("/api/families/{id}/timeline", family.id()).then().statusCode(200)
                .body("missing", org.hamcrest.Matchers.hasSize(0));
    }
}
