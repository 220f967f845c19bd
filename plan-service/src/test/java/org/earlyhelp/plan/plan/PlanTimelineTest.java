package org.earlyhelp.plan.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.earlyhelp.localstack.TestTokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class PlanTimelineTest {

    @Inject
    Clock clock;

    @Test
    @DisplayName("GET /api/timeline?familyId= gives the plan opened, the review held, the closure and each goal added, in date order; a stranger sees none of it")
    void planPartOfTheFamilyTimeline() {
        UUID familyId = ManualPlanTest.familyKnownToSchoolAndHealth();
        Instant before = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String plan = given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                .body(ManualPlanTest.body(familyId, ManualPlanTest.opened(71))).post("/api/plans").then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                .body("{\"needIndicator\": \"PERSISTENT_ABSENCE\", \"description\": \"In school every day\", \"measure\": \"95% attendance\", \"targetDate\": \""
                        + ManualPlanTest.opened(101) + "\"}")
                .post("/api/plans/{id}/goals", plan).then().statusCode(201);
        Instant after = clock.instant().plusMillis(1);
        String review = given().auth().oauth2(TestTokens.teacher()).get("/api/plans/{id}", plan).then().extract().path("nextReview.id");
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                .body("{\"heldOn\": \"" + ManualPlanTest.opened(29) + "\", \"attendees\": [\"teacher\"], \"childAndFamilyViews\": \"Calmer\", \"decision\": \"CLOSE\"}")
                .post("/api/plans/{id}/reviews/{r}/outcome", plan, review).then().statusCode(200);
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                .body("{\"reason\": \"NEEDS_MET_BY_UNIVERSAL_SERVICES\", \"agreedOn\": \"" + ManualPlanTest.opened(30) + "\", \"summary\": \"Bedtimes calm\"}")
                .post("/api/plans/{id}/closure", plan).then().statusCode(200);

        // the plan, review and closure are on the (back-dated) days they happened; the goals were added today, by the platform clock
        var timeline = given().auth().oauth2(TestTokens.teacher()).queryParam("familyId", familyId).get("/api/timeline").then().statusCode(200)
                .body("items.type", contains("PLAN_OPENED", "REVIEW_HELD", "PLAN_CLOSED", "GOAL_ADDED", "GOAL_ADDED"))
                .body("items[0].at", equalTo(ManualPlanTest.opened(0) + "T00:00:00Z"))
                .body("items[1].at", equalTo(ManualPlanTest.opened(29) + "T00:00:00Z"))
                .body("items[2].at", equalTo(ManualPlanTest.opened(30) + "T00:00:00Z"))
                .body("items[3].summary", equalTo("Goal for BOUNDARIES_AND_ROUTINES"))
                .body("items[4].summary", equalTo("Goal for PERSISTENT_ABSENCE"))
                .body("items[3].ref", equalTo("plan/" + plan + "/goals/" + given().auth().oauth2(TestTokens.teacher())
                        .get("/api/plans/{id}", plan).then().extract().path("goals[0].id")))
                .extract();
        List<String> goalsAddedAt = List.of(timeline.path("items[3].at"), timeline.path("items[4].at"));
        assertThat(goalsAddedAt).allSatisfy(at -> assertThat(Instant.parse(at)).isBetween(before, after));
        given().auth().oauth2(TestTokens.stranger()).queryParam("familyId", familyId).get("/api/timeline").then().statusCode(200)
                .body("items", hasSize(0));
        given().auth().oauth2(TestTokens.teacher()).get("/api/timeline").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
