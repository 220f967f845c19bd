package org.earlyhelp.plan.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.earlyhelp.localstack.TestTokens;
import org.earlyhelp.platform.outbox.OutboxMessage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Goal outcomes (issue 18) through the API: recorded at a review or at the closure, shown on the goal, kept in the history,
 * published without the note; a closure for outcomes achieved leaves no goal open. Plans open 100 days before the platform's today.
 */
@QuarkusTest
class GoalOutcomesTest {

    @Inject
    EntityManager entityManager;

    /** A plan led by the teacher with two SMART goals (bedtimes, attendance) and its initial review. */
    record Fixture(UUID familyId, String planId, String bedtimes, String attendance, String reviewId) {
    }

    Fixture open() {
        UUID familyId = ManualPlanTest.familyKnownToSchoolAndHealth();
        var plan = given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(ManualPlanTest.body(familyId, ManualPlanTest.opened(71)))
                .post("/api/plans").then().statusCode(201).extract();
        String planId = plan.path("id");
        String attendance = given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                .body("{\"needIndicator\": \"PERSISTENT_ABSENCE\", \"description\": \"In school every day\", \"measure\": \"95% attendance\", "
                        + "\"targetDate\": \"" + ManualPlanTest.opened(101) + "\"}")
                .post("/api/plans/{id}/goals", planId).then().statusCode(201).extract().path("id");
        return new Fixture(familyId, planId, plan.path("goals[0].id"), attendance, plan.path("nextReview.id"));
    }

    static ValidatableResponse write(String body, String path, Object... params) {
        return LivingPlanTest.write(TestTokens.teacher(), "POST", body, null, path, params);
    }

    static String review(int heldOnDay, String decision, String goalOutcomes) {
        return "{\"heldOn\": \"" + ManualPlanTest.opened(heldOnDay) + "\", \"attendees\": [\"teacher\", \"Mum\"], "
                + "\"childAndFamilyViews\": \"Mum says bedtimes are calmer\", \"decision\": \"" + decision + "\", \"goalOutcomes\": " + goalOutcomes + "}";
    }

    static String outcome(String goalId, String outcome, String note) {
        return "{\"goalId\": \"" + goalId + "\", \"outcome\": \"" + outcome + "\"" + (note == null ? "" : ", \"note\": \"" + note + "\"") + "}";
    }

    List<OutboxMessage> published(String ceType, String id) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("from OutboxMessage where type = :type and payload like :id order by position", OutboxMessage.class)
                .setParameter("type", ceType).setParameter("id", "%" + id + "%").getResultList());
    }

    @Test
    @DisplayName("a review's goalOutcomes set each goal's status and outcome {outcome, note, recordedOn, reviewId}; GET reviews lists them; the history, the timeline and GoalOutcomeRecorded (no note) record each")
    void outcomesAtAReview() {
        Fixture f = open();
        write(review(29, "CONTINUE", "[" + outcome(f.bedtimes(), "ACHIEVED", "Asleep by 8pm most nights") + ", "
                + outcome(f.attendance(), "PARTLY_ACHIEVED", null) + "]"), "/api/plans/{id}/reviews/{r}/outcome", f.planId(), f.reviewId())
                .statusCode(200).body("goals[0].status", equalTo("ACHIEVED"))
                .body("goals[0].outcome.outcome", equalTo("ACHIEVED"))
                .body("goals[0].outcome.note", equalTo("Asleep by 8pm most nights"))
                .body("goals[0].outcome.recordedOn", equalTo(ManualPlanTest.opened(29)))
                .body("goals[0].outcome.reviewId", equalTo(f.reviewId()))
                .body("goals[1].status", equalTo("PARTLY_ACHIEVED")).body("goals[1].outcome.note", nullValue());
        given().auth().oauth2(TestTokens.teacher()).get("/api/plans/{id}/reviews", f.planId()).then().statusCode(200)
                .body("items[0].goalOutcomes.goalId", contains(f.bedtimes(), f.attendance()))
                .body("items[0].goalOutcomes.outcome", contains("ACHIEVED", "PARTLY_ACHIEVED"));

        assertThat(published("earlyhelp.plan.goal-outcome-recorded.v1", f.bedtimes())).singleElement().satisfies(m -> {
            assertThat(m.payload).contains("\"outcome\":\"ACHIEVED\"").contains("\"reviewId\":\"" + f.reviewId() + "\"")
                    .contains("\"recordedOn\":\"" + ManualPlanTest.opened(29) + "\"").contains("\"needIndicator\":\"BOUNDARIES_AND_ROUTINES\"");
            assertThat(m.payload).doesNotContain("Asleep").doesNotContain("Calm bedtimes");
            assertThat(m.recordKey).isEqualTo(f.familyId().toString());
        });
        assertThat(published("earlyhelp.plan.goal-outcome-recorded.v1", f.attendance())).hasSize(1);
        LivingPlanTest.history(f.planId()).body("total", equalTo(2))
                .body("items.kind", contains("GOAL_OUTCOME_RECORDED", "GOAL_OUTCOME_RECORDED"))
                .body("items.goalId", hasItem(f.bedtimes()))
                .body("items.find { it.goalId == '" + f.bedtimes() + "' }.before.status", equalTo("OPEN"))
                .body("items.find { it.goalId == '" + f.bedtimes() + "' }.after.status", equalTo("ACHIEVED"));
        given().auth().oauth2(TestTokens.teacher()).queryParam("familyId", f.familyId()).get("/api/timeline").then().statusCode(200)
                .body("items.summary", hasItem("Goal outcome recorded: ACHIEVED"))
                .body("items.summary", hasItem("Goal outcome recorded: PARTLY_ACHIEVED"));
    }

    @Test
    @DisplayName("an outcome for a goal not of this plan or withdrawn is 422 outcome-for-this-plans-goals, a goal named twice 422 one-outcome-per-goal, with goals: [id]; OPEN is no outcome (400); too long a note 400; nothing written")
    void outcomesAreForThisPlansGoals() {
        Fixture f = open();
        LivingPlanTest.write(TestTokens.teacher(), "POST", "{\"reason\": \"Already in school\"}", null, "/api/plans/{id}/goals/{g}/withdrawal",
                f.planId(), f.attendance()).statusCode(200);
        String elsewhere = UUID.randomUUID().toString();
        String path = "/api/plans/{id}/reviews/{r}/outcome";
        write(review(29, "CONTINUE", "[" + outcome(elsewhere, "ACHIEVED", null) + "]"), path, f.planId(), f.reviewId())
                .statusCode(422).contentType("application/problem+json").body("rule", equalTo("outcome-for-this-plans-goals"))
                .body("goals", contains(elsewhere)).body("detail", containsString(elsewhere));
        write(review(29, "CONTINUE", "[" + outcome(f.attendance(), "ACHIEVED", null) + "]"), path, f.planId(), f.reviewId())
                .statusCode(422).body("rule", equalTo("outcome-for-this-plans-goals")).body("goals", contains(f.attendance()));
        write(review(29, "CONTINUE", "[" + outcome(f.bedtimes(), "ACHIEVED", null) + ", " + outcome(f.bedtimes(), "NOT_ACHIEVED", null) + "]"),
                path, f.planId(), f.reviewId()).statusCode(422).body("rule", equalTo("one-outcome-per-goal")).body("goals", contains(f.bedtimes()));
        write(review(29, "CONTINUE", "[" + outcome(f.bedtimes(), "OPEN", null) + "]"), path, f.planId(), f.reviewId())
                .statusCode(400).contentType("application/problem+json");
        write(review(29, "CONTINUE", "[" + outcome(f.bedtimes(), "ACHIEVED", "x".repeat(2001)) + "]"), path, f.planId(), f.reviewId())
                .statusCode(400).body("errors.field", hasItem(containsString("note")));

        given().auth().oauth2(TestTokens.teacher()).get("/api/plans/{id}/reviews", f.planId()).then()
                .body("items", hasSize(1)).body("items[0].status", equalTo("SCHEDULED"));
        LivingPlanTest.plan(f.planId()).body("goals[0].status", equalTo("OPEN")).body("goals[0].outcome", nullValue());
        LivingPlanTest.history(f.planId()).body("items.kind", contains("GOAL_WITHDRAWN"));
        assertThat(published("earlyhelp.plan.goal-outcome-recorded.v1", f.bedtimes())).isEmpty();
    }

    @Test
    @DisplayName("closure OUTCOMES_ACHIEVED while a goal is OPEN is 422 no-open-goals-at-closure naming them (detail and goals: [ids]), the plan still active; with goalOutcomes it closes, GoalOutcomeRecorded without a review, recorded on agreedOn")
    void noOpenGoalsAtClosure() {
        Fixture f = open();
        write(review(29, "CLOSE", "[" + outcome(f.bedtimes(), "ACHIEVED", null) + "]"), "/api/plans/{id}/reviews/{r}/outcome",
                f.planId(), f.reviewId()).statusCode(200);
        String closure = "{\"reason\": \"OUTCOMES_ACHIEVED\", \"agreedOn\": \"" + ManualPlanTest.opened(30) + "\", \"summary\": \"Calm and in school\"%s}";
        write(closure.formatted(""), "/api/plans/{id}/closure", f.planId()).statusCode(422).contentType("application/problem+json")
                .body("rule", equalTo("no-open-goals-at-closure")).body("goals", contains(f.attendance()))
                .body("detail", containsString(f.attendance()));
        write(closure.formatted(", \"goalOutcomes\": [" + outcome(f.attendance(), "CLOSED", null) + "]"), "/api/plans/{id}/closure", f.planId())
                .statusCode(400);
        LivingPlanTest.plan(f.planId()).body("status", equalTo("ACTIVE")).body("goals[1].status", equalTo("OPEN"));
        LivingPlanTest.history(f.planId()).body("total", equalTo(1));

        write(closure.formatted(", \"goalOutcomes\": [" + outcome(f.attendance(), "NOT_ACHIEVED", "Still missing Mondays") + "]"),
                "/api/plans/{id}/closure", f.planId()).statusCode(200).body("status", equalTo("CLOSED"))
                .body("goals[1].status", equalTo("NOT_ACHIEVED")).body("goals[1].outcome.recordedOn", equalTo(ManualPlanTest.opened(30)))
                .body("goals[1].outcome.reviewId", nullValue()).body("goals[0].status", equalTo("ACHIEVED"));
        assertThat(published("earlyhelp.plan.goal-outcome-recorded.v1", f.attendance())).singleElement().satisfies(m -> {
            assertThat(m.payload).contains("\"outcome\":\"NOT_ACHIEVED\"").contains("\"recordedOn\":\"" + ManualPlanTest.opened(30) + "\"")
                    .doesNotContain("\"reviewId\":\"").doesNotContain("Mondays");
        });
        LivingPlanTest.history(f.planId()).body("total", equalTo(2)).body("items[0].goalId", equalTo(f.attendance()))
                .body("items[0].after.status", equalTo("NOT_ACHIEVED"));
    }
}
