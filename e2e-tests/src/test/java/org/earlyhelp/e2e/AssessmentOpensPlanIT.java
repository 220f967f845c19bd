package org.earlyhelp.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import java.time.Duration;

import org.earlyhelp.localstack.EarlyHelpSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;

import static org.awaitility.Awaitility.await;

/** The front door to the plan: a family registered, consent given, an assessment completed, through the gateway. */
class AssessmentOpensPlanIT {

    static String teacher;
    static String stranger;

    @BeforeAll
    static void startTheWholeSystem() {
        EarlyHelpSystem system = RunningSystem.get();
        RestAssured.baseURI = system.gatewayUrl();
        teacher = system.keycloak().passwordToken("teacher", "teacher");
        stranger = system.keycloak().passwordToken("stranger", "stranger");
    }

    @Test
    @DisplayName("a completed assessment opens a plan (one draft goal per need, initial review on the 20th working day, Christmas skipped); a goal is added, a review held, the plan closed")
    void completedAssessmentOpensPlan() {
        Families.Family family = Families.register(teacher);
        String familyId = family.id();
        String child = family.child();
        String parent = family.parent();

        given().auth().oauth2(teacher).contentType(ContentType.JSON).body("""
                {"givenByMemberId": "%s", "coversMemberIds": ["%s"], "purposes": ["ASSESSMENT", "INFORMATION_SHARING"],
                 "sharedWithAgencies": ["health"], "method": "WRITTEN", "givenOn": "2026-12-01"}""".formatted(parent, child))
                .post("/api/families/{id}/consents", familyId).then().statusCode(201);

        String assessmentId = given().auth().oauth2(teacher).contentType(ContentType.JSON).body("""
                {"familyId": "%s", "childMemberIds": ["%s"], "reasonForAssessment": "Attendance has fallen",
                 "leadProfessional": {"userId": "teacher", "name": "Tess Teacher", "agency": "school", "role": "DSL"}}"""
                .formatted(familyId, child)).post("/api/assessments").then().statusCode(201).extract().path("id");

        given().auth().oauth2(teacher).contentType(ContentType.JSON).body("{\"completedOn\": \"2026-12-14\"}")
                .post("/api/assessments/{id}/completion", assessmentId).then().statusCode(422);
        given().auth().oauth2(teacher).contentType(ContentType.JSON).body("""
                {"childrensVoice": [{"memberId": "%s", "wishesAndFeelings": "Wants to see her friends"}],
                 "familyViews": "Mornings are hard",
                 "factors": {"protective": "a", "presenting": "b", "precipitating": "c", "perpetuating": "d", "predisposing": "e", "predicting": "f"},
                 "domains": {"childDevelopment": "a", "parentingCapacity": "b", "familyAndEnvironment": "c"},
                 "needs": [{"memberId": "%s", "indicator": "PERSISTENT_ABSENCE", "description": "78 percent"},
                           {"memberId": "%s", "indicator": "PARENTAL_MENTAL_HEALTH", "description": "Low mood"}],
                 "levelOfNeed": "TARGETED"}""".formatted(child, child, parent))
                .patch("/api/assessments/{id}", assessmentId).then().statusCode(200);
        given().auth().oauth2(teacher).contentType(ContentType.JSON).body("{\"completedOn\": \"2026-12-14\"}")
                .post("/api/assessments/{id}/completion", assessmentId).then().statusCode(200).body("status", equalTo("COMPLETED"));

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                given().auth().oauth2(teacher).queryParam("origin", "ASSESSMENT").queryParam("originRef", assessmentId)
                        .get("/api/plans").then().statusCode(200).body("total", equalTo(1)));
        given().auth().oauth2(teacher).queryParam("originRef", assessmentId).get("/api/plans").then()
                .body("items[0].familyId", equalTo(familyId))
                .body("items[0].leadProfessional.userId", equalTo("teacher"))
                .body("items[0].goals", hasSize(2))
                .body("items[0].goals[0].needIndicator", equalTo("PERSISTENT_ABSENCE"))
                .body("items[0].goals[0].draft", equalTo(true))
                .body("items[0].nextReview.kind", equalTo("INITIAL"))
                .body("items[0].nextReview.dueBy", equalTo("2027-01-14"));

        // the plan's working life, through the gateway: a goal, a review held, the plan closed
        String planId = given().auth().oauth2(teacher).queryParam("originRef", assessmentId).get("/api/plans").then()
                .extract().path("items[0].id");
        String reviewId = given().auth().oauth2(teacher).get("/api/plans/{id}/reviews", planId).then().statusCode(200)
                .body("items[0].kind", equalTo("INITIAL")).extract().path("items[0].id");
        given().auth().oauth2(teacher).contentType(ContentType.JSON)
                .body("{\"needIndicator\": \"PERSISTENT_ABSENCE\", \"description\": \"In school every day\", \"measure\": \"95% attendance\", \"targetDate\": \"2027-04-01\"}")
                .post("/api/plans/{id}/goals", planId).then().statusCode(201);
        given().auth().oauth2(teacher).contentType(ContentType.JSON)
                .body("{\"heldOn\": \"2027-01-12\", \"attendees\": [\"teacher\", \"Mum\"], \"decision\": \"CONTINUE\"}")
                .post("/api/plans/{id}/reviews/{r}/outcome", planId, reviewId).then().statusCode(200)
                .body("nextReview.dueBy", equalTo("2027-02-23"));
        given().auth().oauth2(teacher).contentType(ContentType.JSON)
                .body("{\"reason\": \"OUTCOMES_ACHIEVED\", \"agreedOn\": \"2027-02-23\", \"summary\": \"Attendance back to 96%\"}")
                .post("/api/plans/{id}/closure", planId).then().statusCode(200).body("status", equalTo("CLOSED"));

        // the family's timeline, gathered by the gateway from every service with the teacher's own token, in date order
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(teacher).get("/api/families/{id}/timeline", familyId)
                .then().statusCode(200).body("missing", hasSize(0))
                .body("items.type", hasItems("FAMILY_REGISTERED", "CONSENT_GIVEN", "ASSESSMENT_STARTED", "ASSESSMENT_COMPLETED",
                        "PLAN_OPENED", "REVIEW_HELD", "PLAN_CLOSED", "NOTIFICATION"))
                .body("items.service", hasItems("assessment-service", "plan-service", "notification-service")));
        List<String> at = given().auth().oauth2(teacher).get("/api/families/{id}/timeline", familyId).then().extract().path("items.at");
        assertThat(at).isSortedAccordingTo(java.util.Comparator.comparing(java.time.Instant::parse));
        given().auth().oauth2(stranger).get("/api/families/{id}/timeline", familyId).then().statusCode(404);

        given().auth().oauth2(stranger).get("/api/families/{id}", familyId).then().statusCode(404);
        given().auth().oauth2(stranger).get("/api/assessments/{id}", assessmentId).then().statusCode(404);
    }
}
