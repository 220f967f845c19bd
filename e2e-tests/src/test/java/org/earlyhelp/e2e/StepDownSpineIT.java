package org.earlyhelp.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.earlyhelp.localstack.EarlyHelpSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * The flow the platform exists for, through the gateway, every service its own process, real
 * Keycloak tokens: a step-down accepted by early help opens a family plan with its first review,
 * and the new lead professional is told.
 */
class StepDownSpineIT {

    static EarlyHelpSystem system;
    static String sw;
    static String teacher;
    static String ehteam;
    static String stranger;

    @BeforeAll
    static void startTheWholeSystem() {
        system = RunningSystem.get();
        RestAssured.baseURI = system.gatewayUrl();
        sw = system.keycloak().passwordToken("sw", "sw");
        teacher = system.keycloak().passwordToken("teacher", "teacher");
        ehteam = system.keycloak().passwordToken("ehteam", "ehteam");
        stranger = system.keycloak().passwordToken("stranger", "stranger");
    }

    @AfterAll
    static void reportLatency() {
        StepDownLatency.report();
    }

    @Test
    @DisplayName("ten step-downs accepted one after another each open exactly one active plan with its initial review")
    void stepDownsOneAfterAnother() {
        for (int i = 0; i < 10; i++) {
            String stepDownId = StepDowns.propose(sw);
            String planId = StepDowns.acceptAndAwaitPlan("one-after-another", teacher, stepDownId, StepDowns.ACCEPTED_ON);
            given().auth().oauth2(teacher).get("/api/plans/{id}", planId).then().statusCode(200)
                    .body("status", equalTo("ACTIVE")).body("nextReview.kind", equalTo("INITIAL"))
                    .body("nextReview.dueBy", equalTo(StepDowns.INITIAL_REVIEW_DUE));
        }
    }

    @Test
    @DisplayName("the gateway is ready by itself, and its dependencies group shows one check per service, all UP")
    void readinessPerService() {
        // on the gateway's management interface: its public port does not serve health
        given().get("/q/health/ready").then().statusCode(404);
        given().get(system.service("gateway").managementUrl() + "/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", not(hasItems("plan-service")));
        given().get(system.service("gateway").managementUrl() + "/q/health/group/dependencies").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("assessment-service", "plan-service", "referral-service", "notification-service"))
                .body("checks.status.unique()", equalTo(List.of("UP")));
    }

    @Test
    @DisplayName("no token: 401 problem from the gateway")
    void noTokenIs401() {
        given().get("/api/plans").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    @DisplayName("malformed JSON: 400 problem")
    void malformedJsonIs400() {
        given().auth().oauth2(sw).contentType(ContentType.JSON).body("{\"familyId\": ").post("/api/step-downs")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    @DisplayName("a step-down without the family's consent: 422 problem")
    void withoutConsentIs422() {
        Families.Family family = Families.register(sw);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(sw).contentType(ContentType.JSON)
                .body(StepDowns.proposal(family.id(), family.child(), false)).post("/api/step-downs")
                .then().statusCode(422).contentType("application/problem+json").body("detail", containsString("familyConsented")));
    }

    static List<String> mailTo(String address) {
        return java.util.Arrays.stream(system.mailServer().mail().getReceivedMessages()).filter(m -> {
            try {
                return java.util.Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().contains(address));
            } catch (Exception e) {
                return false;
            }
        }).map(com.icegreen.greenmail.util.GreenMailUtil::getBody).toList();
    }

    @Test
    @DisplayName("/q/openapi on the gateway is one document with every service's /api operations; /q/swagger-ui shows it")
    void oneOpenApiDocument() {
        given().get("/q/openapi").then().statusCode(200)
                .body("paths.keySet()", hasItems("/api/families", "/api/families/{familyId}/consents", "/api/assessments", "/api/plans",
                        "/api/plans/{id}/reviews/{reviewId}/outcome", "/api/referrals", "/api/referrals/{id}/decision", "/api/step-downs",
                        "/api/step-downs/{id}/acceptance", "/api/notifications", "/api/notification-preferences/me",
                        "/api/webhook-subscriptions", "/api/families/{id}/timeline", "/api/audit"))
                .body("'x-missing-services'", org.hamcrest.Matchers.nullValue())
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"));
        given().get("/q/swagger-ui").then().statusCode(200).body(containsString("/q/openapi"));
    }

    @Test
    @DisplayName("a step-down accepted on 2026-03-23 (recorded after the fact) opens exactly one plan, first review due 2026-04-22, and the lead professional is told")
    void stepDownAcceptedOpensPlanAndTellsTheLeadProfessional() throws Exception {
        // the teacher's address comes from the email claim of their Keycloak token, learned when they open their inbox
        given().auth().oauth2(teacher).get("/api/notifications").then().statusCode(200);
        given().auth().oauth2(teacher).get("/api/notification-preferences/me").then().statusCode(200)
                .body("email", equalTo("teacher@example.org")).body("emailEnabled", equalTo(true));
        Families.Family family = Families.register(sw);
        String familyId = family.id();
        String stepDownId = StepDowns.propose(sw, familyId, family.child());
        StepDowns.acceptAndAwaitPlan("spine", teacher, stepDownId, StepDowns.ACCEPTED_ON);
        long planReadable = System.nanoTime();

        String planId = given().auth().oauth2(teacher).queryParam("origin", "STEP_DOWN").queryParam("originRef", stepDownId)
                .get("/api/plans").then().statusCode(200)
                .body("items[0].nextReview.dueBy", equalTo(StepDowns.INITIAL_REVIEW_DUE))
                .body("items[0].nextReview.kind", equalTo("INITIAL"))
                .body("items[0].leadProfessional.userId", equalTo("teacher"))
                .body("items[0].goals[0].needIndicator", equalTo("PERSISTENT_ABSENCE"))
                .body("items[0].goals[0].description", equalTo("Back in school every day"))
                .extract().path("items[0].id");
        given().auth().oauth2(ehteam).queryParam("familyId", familyId).get("/api/plans").then().body("total", equalTo(1));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<String> planIds = given().auth().oauth2(teacher).queryParam("size", 200).get("/api/notifications")
                    .then().statusCode(200).extract().path("items.planId");
            assertThat(planIds).contains(planId);
        });
        System.out.printf("[e2e] plan readable -> the lead professional's inbox shows it: %d ms%n",
                (System.nanoTime() - planReadable) / 1_000_000);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<String> teamInbox = given().auth().oauth2(ehteam).queryParam("size", 200).get("/api/notifications")
                    .then().statusCode(200).extract().path("items.planId");
            assertThat(teamInbox).contains(planId);
        });

        // ...and emailed: a plain sentence and a link through the gateway, no names
        await().atMost(Duration.ofSeconds(30)).until(() -> mailTo("teacher@example.org").stream().anyMatch(body -> body.contains("step-down")));
        assertThat(mailTo("teacher@example.org")).allSatisfy(body -> assertThat(body)
                .contains(system.gatewayUrl() + "/notifications/").doesNotContain("Tess", "Teacher", "Sam Social", "Back in school"));

        given().auth().oauth2(teacher).contentType(ContentType.JSON).body("{\"acceptedOn\": \"2026-03-24\"}")
                .post("/api/step-downs/{id}/acceptance", stepDownId).then().statusCode(409);
        given().auth().oauth2(stranger).get("/api/plans/{id}", planId).then().statusCode(404);
        given().auth().oauth2(stranger).get("/api/step-downs/{id}", stepDownId).then().statusCode(404);
    }
}
