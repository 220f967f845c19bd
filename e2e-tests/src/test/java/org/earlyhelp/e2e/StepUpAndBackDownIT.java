package org.earlyhelp.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;

import org.earlyhelp.localstack.EarlyHelpSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * Up to children's social care and back down, through the gateway with Keycloak tokens: a review
 * decides to step up, the lead professional finds a draft referral and submits it, CSC decides a
 * child in need assessment and asks early help to stop (the plan closes), and later CSC steps the
 * family down again (a new plan opens with its first review).
 */
class StepUpAndBackDownIT {

    static String teacher;
    static String sw;

    @BeforeAll
    static void startTheWholeSystem() {
        EarlyHelpSystem system = RunningSystem.get();
        RestAssured.baseURI = system.gatewayUrl();
        teacher = system.keycloak().passwordToken("teacher", "teacher");
        sw = system.keycloak().passwordToken("sw", "sw");
    }

    @Test
    @DisplayName("STEP_UP review → draft referral for the lead professional → submitted → CSC decides CHILD_IN_NEED_S17, early help stops → plan closed STEPPED_UP_TO_CSC → step-down accepted → a new plan with its first review")
    void upAndBackDown() {
        Families.Family family = Families.register(teacher);
        String familyId = family.id();
        String child = family.child();

        String planId = given().auth().oauth2(teacher).contentType(ContentType.JSON).body("""
                {"familyId": "%s", "openedOn": "2027-03-22",
                 "leadProfessional": {"userId": "teacher", "name": "Tess Teacher", "agency": "school", "role": "DSL"},
                 "goals": [{"needIndicator": "BOUNDARIES_AND_ROUTINES", "description": "Calm mornings", "measure": "On time 5 days a week", "targetDate": "2027-06-01"}]}
                """.formatted(familyId)).post("/api/plans").then().statusCode(201).extract().path("id");
        String reviewId = given().auth().oauth2(teacher).get("/api/plans/{id}/reviews", planId).then().statusCode(200)
                .extract().path("items[0].id");

        // the review decides to step up: the plan stays active, a draft referral appears for the lead professional
        given().auth().oauth2(teacher).contentType(ContentType.JSON)
                .body("{\"heldOn\": \"2027-04-20\", \"attendees\": [\"teacher\", \"Beth\"], \"decision\": \"STEP_UP\"}")
                .post("/api/plans/{id}/reviews/{r}/outcome", planId, reviewId).then().statusCode(200).body("status", equalTo("ACTIVE"));
        long reviewed = System.nanoTime();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                given().auth().oauth2(teacher).queryParam("planId", planId).queryParam("status", "DRAFT").get("/api/referrals")
                        .then().statusCode(200).body("total", equalTo(1)));
        System.out.printf("[e2e] STEP_UP review -> draft referral readable through the gateway: %d ms%n", (System.nanoTime() - reviewed) / 1_000_000);
        String referralId = given().auth().oauth2(teacher).queryParam("planId", planId).get("/api/referrals").then()
                .body("items[0].leadProfessionalUserId", equalTo("teacher")).body("items[0].familyId", equalTo(familyId))
                .extract().path("items[0].id");

        given().auth().oauth2(teacher).contentType(ContentType.JSON).body("""
                {"childMemberIds": ["%s"], "concerns": "Neglect: no food in the house on two visits", "significantHarm": false,
                 "familyConsented": true, "earlyHelpSoFar": "Family plan since March, one review"}""".formatted(child))
                .post("/api/referrals/{id}/submission", referralId).then().statusCode(200).body("status", equalTo("SUBMITTED"));

        // CSC decides: a child in need assessment, and early help is asked to stop
        given().auth().oauth2(sw).contentType(ContentType.JSON)
                .body("{\"decision\": \"CHILD_IN_NEED_S17\", \"decidedOn\": \"2027-04-23\", \"earlyHelpContinues\": false}")
                .post("/api/referrals/{id}/decision", referralId).then().statusCode(200).body("status", equalTo("DECIDED"));
        long decided = System.nanoTime();
        given().auth().oauth2(sw).contentType(ContentType.JSON)
                .body("{\"decision\": \"NO_FURTHER_ACTION\", \"decidedOn\": \"2027-04-24\", \"earlyHelpContinues\": true}")
                .post("/api/referrals/{id}/decision", referralId).then().statusCode(409);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                given().auth().oauth2(teacher).get("/api/plans/{id}", planId).then().statusCode(200)
                        .body("status", equalTo("CLOSED")).body("closure.reason", equalTo("STEPPED_UP_TO_CSC")));
        System.out.printf("[e2e] CSC decision -> plan closed STEPPED_UP_TO_CSC: %d ms%n", (System.nanoTime() - decided) / 1_000_000);
        // the closed loop: the referrer hears CSC's decision
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(teacher).queryParam("size", 200)
                .get("/api/notifications").then().statusCode(200)
                .body("items.findAll { it.planId == '%s' }.type".formatted(planId), hasItem("STEP_UP_DECISION")));

        // months later CSC steps the family down again: a new plan with carried-over goals and its first review
        String stepDownId = given().auth().oauth2(sw).contentType(ContentType.JSON).body("""
                {"familyId": "%s", "childMemberIds": ["%s"], "cscCaseReference": "CIN-2027-118",
                 "socialWorker": {"userId": "sw", "name": "Sam Social"}, "reason": "Child in need plan ending", "familyConsented": true,
                 "proposedLeadProfessional": {"userId": "teacher", "name": "Tess Teacher", "agency": "school", "role": "DSL"},
                 "warmHandoverOn": "2027-09-13",
                 "goalsCarriedOver": [{"needIndicator": "BOUNDARIES_AND_ROUTINES", "description": "Food in the house every day", "measure": "Weekly check", "targetDate": "2027-12-01"}]}
                """.formatted(familyId, child)).post("/api/step-downs").then().statusCode(201).extract().path("id");
        given().auth().oauth2(teacher).contentType(ContentType.JSON)
                .body("{\"acceptedOn\": \"2027-09-13\"}")
                .post("/api/step-downs/{id}/acceptance", stepDownId).then().statusCode(200).body("status", equalTo("ACCEPTED"));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                given().auth().oauth2(teacher).queryParam("origin", "STEP_DOWN").queryParam("originRef", stepDownId).get("/api/plans")
                        .then().statusCode(200).body("total", equalTo(1)));
        given().auth().oauth2(teacher).queryParam("originRef", stepDownId).get("/api/plans").then()
                .body("items[0].status", equalTo("ACTIVE"))
                .body("items[0].familyId", equalTo(familyId))
                .body("items[0].goals[0].description", equalTo("Food in the house every day"))
                .body("items[0].nextReview.kind", equalTo("INITIAL"))
                .body("items[0].nextReview.dueBy", equalTo("2027-10-11"));
        given().auth().oauth2(teacher).queryParam("familyId", familyId).get("/api/plans").then().body("total", equalTo(2));
    }
}
