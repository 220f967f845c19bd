package org.earlyhelp.plan.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.UUID;

import org.earlyhelp.localstack.TestTokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class PlanTimelineTest {

    @Test
    @DisplayName("GET /api/timeline?familyId= gives the plan opened, each goal added, the review held and the closure, in date order; a stranger sees none of it")
    void planPartOfTheFamilyTimeline() {
        UUID familyId = ManualPlanTest.familyKnownToSchoolAndHealth();
        String plan = given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                .body(ManualPlanTest.body(familyId, "2027-06-01")).post("/api/plans").then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                .body("{\"needIndicator\": \"PERSISTENT_ABSENCE\", \"description\": \"In school every day\", \"measure\": \"95% attendance\", \"targetDate\": \"2027-07-01\"}")
                .post("/api/plans/{id}/goals", plan).then().statusCode(201);
        String review = given().auth().oauth2(TestTokens.teacher()).get("/api/plans/{id}", plan).then().extract().path("nextReview.id");
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                .body("{\"heldOn\": \"2027-04-20\", \"attendees\": [\"teacher\"], \"decision\": \"CLOSE\"}")
                .post("/api/plans/{id}/reviews/{r}/outcome", plan, review).then().statusCode(200);
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                .body("{\"reason\": \"OUTCOMES_ACHIEVED\", \"agreedOn\": \"2027-04-21\", \"summary\": \"Bedtimes calm\"}")
                .post("/api/plans/{id}/closure", plan).then().statusCode(200);

        // the goals were added today (wall clock); the plan, review and closure are on their 2027 practice dates
        given().auth().oauth2(TestTokens.teacher()).queryParam("familyId", familyId).get("/api/timeline").then().statusCode(200)
                .body("items.type", contains("GOAL_ADDED", "GOAL_ADDED", "PLAN_OPENED", "REVIEW_HELD", "PLAN_CLOSED"))
                .body("items[0].summary", equalTo("Goal for BOUNDARIES_AND_ROUTINES"))
                .body("items[1].summary", equalTo("Goal for PERSISTENT_ABSENCE"))
                .body("items[0].ref", equalTo("plan/" + plan + "/goals/" + given().auth().oauth2(TestTokens.teacher())
                        .get("/api/plans/{id}", plan).then().extract().path("goals[0].id")));
        given().auth().oauth2(TestTokens.stranger()).queryParam("familyId", familyId).get("/api/timeline").then().statusCode(200)
                .body("items", hasSize(0));
        given().auth().oauth2(TestTokens.teacher()).get("/api/timeline").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
