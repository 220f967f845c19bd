package org.earlyhelp.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.earlyhelp.localstack.EarlyHelpSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * Journey: a professional disagreement (issue 19), through the gateway with Keycloak tokens. The school raises it with health
 * about a family both work with; health does not answer within the stage's 5 working days; the school escalates it to the
 * managers (stage 2); health's manager answers; the school resolves it. Each side's inbox, and the early help team's, hear of
 * each step; someone with no part in it hears nothing.
 *
 * <p>"Past its deadline" is reached as practice records it, after the fact: the disagreement was raised three weeks before
 * the system's today ({@link RunningSystem#today()}), so its first deadline has passed when it is recorded, and the reminder
 * job (every second in the e2e system) finds it overdue on the platform clock.
 */
class EscalationIT {

    static String teacher;
    static String hv;
    static String healthManager;
    static String ehteam;
    static String stranger;

    @BeforeAll
    static void startTheWholeSystem() {
        EarlyHelpSystem system = RunningSystem.get();
        RestAssured.baseURI = system.gatewayUrl();
        teacher = system.keycloak().passwordToken("teacher", "teacher");
        hv = system.keycloak().passwordToken("hv", "hv");
        healthManager = system.keycloak().passwordToken("healthmanager", "healthmanager");
        ehteam = system.keycloak().passwordToken("ehteam", "ehteam");
        stranger = system.keycloak().passwordToken("stranger", "stranger");
    }

    @Test
    @DisplayName("raised by the school with health → unanswered past its deadline: overdue notices to both sides and the early help team → escalated to managers → answered by health's manager → resolved, each side told")
    void aDisagreementUpTheStages() {
        LocalDate raisedOn = RunningSystem.today().minusWeeks(3);
        Families.Family family = Families.register(teacher);
        Families.consentNaming(teacher, family, "health");

        String id = raise(family.id(), raisedOn);
        String respondBy = given().auth().oauth2(teacher).get("/api/escalations/{id}", id).then().statusCode(200)
                .body("stage", equalTo(1)).body("status", equalTo("OPEN")).extract().path("respondBy");
        assertThat(LocalDate.parse(respondBy))
                .isEqualTo(RunningSystem.workingDays().addWorkingDays(raisedOn, 5)).isBefore(RunningSystem.today());

        // health hears of it through its agency's inbox; then, unanswered past the deadline, both sides and the early help team
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(types(hv, family)).contains("ESCALATION_RAISED"));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            assertThat(types(teacher, family)).contains("ESCALATION_OVERDUE");
            assertThat(types(hv, family)).contains("ESCALATION_OVERDUE");
            assertThat(types(healthManager, family)).contains("ESCALATION_OVERDUE");
            assertThat(types(ehteam, family)).contains("ESCALATION_OVERDUE");
        });

        // the school escalates it to the managers: stage 2, a new deadline from today
        given().auth().oauth2(teacher).contentType(ContentType.JSON).body("{\"reason\": \"No answer in three weeks\"}")
                .post("/api/escalations/{id}/escalation", id).then().statusCode(200)
                .body("stage", equalTo(2))
                .body("respondBy", equalTo(RunningSystem.workingDays().addWorkingDays(RunningSystem.today(), 5).toString()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(types(healthManager, family)).contains("ESCALATION_ESCALATED");
            assertThat(types(hv, family)).contains("ESCALATION_ESCALATED");
            assertThat(types(teacher, family)).contains("ESCALATION_ESCALATED");
        });

        // at stage 2 health's manager answers (the health visitor may not), the school hears and resolves it
        given().auth().oauth2(hv).contentType(ContentType.JSON).body("{\"response\": \"We will visit this week\"}")
                .post("/api/escalations/{id}/response", id).then().statusCode(403);
        given().auth().oauth2(healthManager).contentType(ContentType.JSON).body("{\"response\": \"A visit is booked for Thursday\"}")
                .post("/api/escalations/{id}/response", id).then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(types(teacher, family)).contains("ESCALATION_RESPONDED"));
        given().auth().oauth2(teacher).contentType(ContentType.JSON).body("{\"resolution\": \"The visit happened; we agree the plan\"}")
                .post("/api/escalations/{id}/resolution", id).then().statusCode(200).body("status", equalTo("RESOLVED"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(types(hv, family)).contains("ESCALATION_RESOLVED");
            assertThat(types(ehteam, family)).contains("ESCALATION_RESOLVED");
        });

        // someone with no part in it hears nothing, and cannot read it
        assertThat(types(stranger, family)).isEmpty();
        given().auth().oauth2(stranger).get("/api/escalations/{id}", id).then().statusCode(404);
    }

    /** Raised as soon as referral-service has heard of the family (until then it is 404 there, and nothing is written). */
    private static String raise(String familyId, LocalDate raisedOn) {
        AtomicReference<String> id = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            var answer = given().auth().oauth2(teacher).contentType(ContentType.JSON).body("""
                    {"familyId": "%s", "withAgency": "health", "concern": "Health visits have stopped",
                     "desiredOutcome": "A visit within a week", "raisedOn": "%s"}""".formatted(familyId, raisedOn))
                    .post("/api/escalations").then().extract();
            if (answer.statusCode() == 404) {
                return false;
            }
            assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(201);
            id.set(answer.path("id"));
            return true;
        });
        return id.get();
    }

    private static List<String> types(String token, Families.Family family) {
        return given().auth().oauth2(token).queryParam("familyId", family.id()).queryParam("size", 200).get("/api/notifications")
                .then().statusCode(200).extract().path("items.type");
    }
}
