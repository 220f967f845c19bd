package org.earlyhelp.plan.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
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
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Living plans (issue 18): goals and actions edited and withdrawn through the API, never silently lost. Dated relative to
 * the platform's today (the plans open 100 days before it), so they pass on any day.
 */
@QuarkusTest
class LivingPlanTest {

    static final String HAL = "{\"members\": [{\"userId\": \"hal\", \"name\": \"Hal Housing\", \"agency\": \"housing\", \"role\": \"Housing officer\"}]}";

    @Inject
    EntityManager entityManager;

    /** A plan led by the teacher, hal (housing) in its team, one goal with one action owned by the family. */
    record Fixture(UUID familyId, String planId, String goalId, String actionId) {
    }

    Fixture open() {
        UUID familyId = ManualPlanTest.familyKnownToSchoolAndHealth();
        var plan = given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(ManualPlanTest.body(familyId, ManualPlanTest.opened(71)))
                .post("/api/plans").then().statusCode(201).extract();
        String planId = plan.path("id");
        String goalId = plan.path("goals[0].id");
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(HAL).put("/api/plans/{id}/team", planId).then().statusCode(200);
        String actionId = given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                .body("{\"description\": \"Bedtime routine chart\", \"owner\": {\"name\": \"Beth\", \"agency\": \"family\"}, \"dueDate\": \""
                        + ManualPlanTest.opened(39) + "\"}")
                .post("/api/plans/{id}/goals/{g}/actions", planId, goalId).then().statusCode(201).extract().path("id");
        return new Fixture(familyId, planId, goalId, actionId);
    }

    static String etag(String planId) {
        return given().auth().oauth2(TestTokens.teacher()).get("/api/plans/{id}", planId).then().statusCode(200).extract().header("ETag");
    }

    static ValidatableResponse plan(String planId) {
        return given().auth().oauth2(TestTokens.teacher()).get("/api/plans/{id}", planId).then().statusCode(200);
    }

    static ValidatableResponse history(String planId) {
        return given().auth().oauth2(TestTokens.teacher()).get("/api/plans/{id}/history", planId).then().statusCode(200);
    }

    static ValidatableResponse write(String token, String method, String body, String ifMatch, String path, Object... params) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.request(method, path, params).then();
    }

    static String goalPath() {
        return "/api/plans/{id}/goals/{g}";
    }

    static String actionPath() {
        return "/api/plans/{id}/goals/{g}/actions/{a}";
    }

    /** The outbox rows of one type about one goal or action. */
    List<OutboxMessage> published(String ceType, String id) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("from OutboxMessage where type = :type and payload like :id order by position", OutboxMessage.class)
                .setParameter("type", ceType).setParameter("id", "%" + id + "%").getResultList());
    }

    @Test
    @DisplayName("PATCH a goal with If-Match: 200 with the changed goal and the plan's new ETag; absent fields unchanged; GoalChanged published with field names only")
    void aGoalIsEdited() {
        Fixture f = open();
        String before = etag(f.planId());
        var answer = write(TestTokens.teacher(), "PATCH", "{\"measure\": \"Asleep by 8pm 6 nights a week\", \"targetDate\": \""
                + ManualPlanTest.opened(90) + "\"}", before, goalPath(), f.planId(), f.goalId())
                .statusCode(200).body("id", equalTo(f.goalId())).body("measure", equalTo("Asleep by 8pm 6 nights a week"))
                .body("targetDate", equalTo(ManualPlanTest.opened(90))).body("description", equalTo("Calm bedtimes"))
                .body("status", equalTo("OPEN")).body("draft", equalTo(false)).extract();
        assertThat(answer.header("ETag")).isNotEqualTo(before).isEqualTo(etag(f.planId()));
        plan(f.planId()).body("goals[0].measure", equalTo("Asleep by 8pm 6 nights a week")).body("goals[0].needIndicator", equalTo("BOUNDARIES_AND_ROUTINES"));

        List<OutboxMessage> events = published("earlyhelp.plan.goal-changed.v1", f.goalId());
        assertThat(events).singleElement().satisfies(m -> {
            assertThat(m.payload).contains("\"changedFields\":[\"measure\",\"targetDate\"]").contains("\"changedByUserId\":\"teacher\"");
            assertThat(m.payload).doesNotContain("Asleep").doesNotContain("Calm bedtimes");
            assertThat(m.recordKey).isEqualTo(f.familyId().toString());
        });
    }

    @Test
    @DisplayName("PATCH a goal with a stale If-Match is 412 and changes nothing")
    void aStaleGoalEditIs412() {
        Fixture f = open();
        String stale = etag(f.planId());
        write(TestTokens.teacher(), "PATCH", "{\"description\": \"Calmer bedtimes\"}", stale, goalPath(), f.planId(), f.goalId()).statusCode(200);
        write(TestTokens.teacher(), "PATCH", "{\"description\": \"Overwritten\"}", stale, goalPath(), f.planId(), f.goalId())
                .statusCode(412).contentType("application/problem+json");
        plan(f.planId()).body("goals[0].description", equalTo("Calmer bedtimes"));
        history(f.planId()).body("total", equalTo(1));
    }

    @Test
    @DisplayName("a goal or action edit or withdrawal by someone who does not see the plan is 404, by a team member 403, by an auditor 403: nothing written, no event")
    void whoMayEditAndWithdraw() {
        Fixture f = open();
        String hal = TestTokens.token("hal", TestTokens.DEFAULT_AREA, "housing", "practitioner");
        for (String token : List.of(TestTokens.stranger(), TestTokens.healthVisitor())) {
            write(token, "PATCH", "{\"description\": \"x\"}", null, goalPath(), f.planId(), f.goalId()).statusCode(404)
                    .contentType("application/problem+json");
            write(token, "POST", "{\"reason\": \"x\"}", null, goalPath() + "/withdrawal", f.planId(), f.goalId()).statusCode(404);
            write(token, "PATCH", "{\"status\": \"DONE\"}", null, actionPath(), f.planId(), f.goalId(), f.actionId()).statusCode(404);
            write(token, "POST", "{\"reason\": \"x\"}", null, actionPath() + "/withdrawal", f.planId(), f.goalId(), f.actionId()).statusCode(404);
            given().auth().oauth2(token).get("/api/plans/{id}/history", f.planId()).then().statusCode(404);
        }
        write(hal, "PATCH", "{\"description\": \"x\"}", null, goalPath(), f.planId(), f.goalId()).statusCode(403);
        write(hal, "POST", "{\"reason\": \"x\"}", null, actionPath() + "/withdrawal", f.planId(), f.goalId(), f.actionId()).statusCode(403);
        write(TestTokens.auditor(), "PATCH", "{\"description\": \"x\"}", null, goalPath(), f.planId(), f.goalId()).statusCode(403);
        // the team member reads the plan and its history
        given().auth().oauth2(hal).get("/api/plans/{id}/history", f.planId()).then().statusCode(200).body("total", equalTo(0));
        plan(f.planId()).body("goals[0].description", equalTo("Calm bedtimes")).body("goals[0].status", equalTo("OPEN"))
                .body("goals[0].actions[0].status", equalTo("NOT_STARTED"));
        history(f.planId()).body("items", hasSize(0));
        assertThat(published("earlyhelp.plan.goal-changed.v1", f.goalId())).isEmpty();
        assertThat(published("earlyhelp.plan.goal-withdrawn.v1", f.goalId())).isEmpty();
        assertThat(published("earlyhelp.plan.action-withdrawn.v1", f.actionId())).isEmpty();
    }

    @Test
    @DisplayName("a goal edit keeps the rules: target date not after the plan opened 422 target-date-after-plan-opened, unknown need 422, too long or blank 400 naming the field, empty 422")
    void aGoalEditKeepsTheRules() {
        Fixture f = open();
        PlanDatesTest.refused(write(TestTokens.teacher(), "PATCH", "{\"targetDate\": \"" + ManualPlanTest.opened(0) + "\"}", null, goalPath(),
                f.planId(), f.goalId()), "target-date-after-plan-opened", "targetDate");
        write(TestTokens.teacher(), "PATCH", "{\"needIndicator\": \"SADNESS\"}", null, goalPath(), f.planId(), f.goalId())
                .statusCode(422).body("rule", equalTo("goal-answers-a-need"));
        write(TestTokens.teacher(), "PATCH", "{\"description\": \"" + "x".repeat(2001) + "\"}", null, goalPath(), f.planId(), f.goalId())
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("description"));
        write(TestTokens.teacher(), "PATCH", "{\"measure\": \"  \"}", null, goalPath(), f.planId(), f.goalId())
                .statusCode(400).body("errors.field", hasItem("measure"));
        write(TestTokens.teacher(), "PATCH", "{}", null, goalPath(), f.planId(), f.goalId())
                .statusCode(422).body("rule", equalTo("change-names-a-field"));
        write(TestTokens.teacher(), "PATCH", "{\"description\": \"x\"}", null, goalPath(), f.planId(), UUID.randomUUID()).statusCode(404);
        plan(f.planId()).body("goals[0].targetDate", equalTo(ManualPlanTest.opened(71))).body("goals[0].needIndicator", equalTo("BOUNDARIES_AND_ROUTINES"));
        history(f.planId()).body("total", equalTo(0));
    }

    @Test
    @DisplayName("PATCH an action: 200 with the change and the new ETag; an owner outside the team 422, due before the plan opened 422, WITHDRAWN 422, stale 412; ActionChanged published")
    void anActionIsEdited() {
        Fixture f = open();
        String before = etag(f.planId());
        write(TestTokens.teacher(), "PATCH", "{\"owner\": {\"name\": \"Ann\", \"agency\": \"police\"}}", before, actionPath(), f.planId(), f.goalId(), f.actionId())
                .statusCode(422).body("rule", equalTo("action-owner-in-the-team"));
        PlanDatesTest.refused(write(TestTokens.teacher(), "PATCH", "{\"dueDate\": \"" + ManualPlanTest.opened(-1) + "\"}", before, actionPath(),
                f.planId(), f.goalId(), f.actionId()), "due-date-after-plan-opened", "dueDate");
        write(TestTokens.teacher(), "PATCH", "{\"status\": \"WITHDRAWN\"}", before, actionPath(), f.planId(), f.goalId(), f.actionId())
                .statusCode(422).body("rule", equalTo("withdraw-with-a-reason"));
        write(TestTokens.teacher(), "PATCH", "{\"status\": \"FINISHED\"}", before, actionPath(), f.planId(), f.goalId(), f.actionId()).statusCode(400);
        var answer = write(TestTokens.teacher(), "PATCH", "{\"owner\": {\"name\": \"Hal Housing\", \"agency\": \"housing\"}, \"status\": \"IN_PROGRESS\"}",
                before, actionPath(), f.planId(), f.goalId(), f.actionId())
                .statusCode(200).body("id", equalTo(f.actionId())).body("owner.agency", equalTo("housing")).body("status", equalTo("IN_PROGRESS"))
                .body("description", equalTo("Bedtime routine chart")).body("dueDate", equalTo(ManualPlanTest.opened(39))).extract();
        assertThat(answer.header("ETag")).isNotEqualTo(before).isEqualTo(etag(f.planId()));
        write(TestTokens.teacher(), "PATCH", "{\"status\": \"DONE\"}", before, actionPath(), f.planId(), f.goalId(), f.actionId()).statusCode(412);
        plan(f.planId()).body("goals[0].actions[0].status", equalTo("IN_PROGRESS"));
        assertThat(published("earlyhelp.plan.action-changed.v1", f.actionId())).singleElement().satisfies(m -> {
            assertThat(m.payload).contains("\"changedFields\":[\"owner\",\"status\"]").contains("\"status\":\"IN_PROGRESS\"");
            assertThat(m.payload).doesNotContain("Hal Housing").doesNotContain("Bedtime");
        });
    }

    @Test
    @DisplayName("POST a goal's withdrawal: 200, goal WITHDRAWN with its reason, its open actions WITHDRAWN; again 409 already-withdrawn; an edit after 409 withdrawn-is-read-only; GoalWithdrawn without the reason")
    void aGoalIsWithdrawn() {
        Fixture f = open();
        write(TestTokens.teacher(), "POST", "{\"reason\": \" \"}", null, goalPath() + "/withdrawal", f.planId(), f.goalId()).statusCode(400)
                .body("errors.field", hasItem("reason"));
        String before = etag(f.planId());
        var answer = write(TestTokens.earlyHelpTeam(), "POST", "{\"reason\": \"Bedtimes are no longer a worry\"}", before, goalPath() + "/withdrawal",
                f.planId(), f.goalId()).statusCode(200).body("status", equalTo("WITHDRAWN"))
                .body("withdrawal.reason", equalTo("Bedtimes are no longer a worry")).body("actions[0].status", equalTo("WITHDRAWN")).extract();
        assertThat(answer.header("ETag")).isNotEqualTo(before);
        plan(f.planId()).body("goals", hasSize(1)).body("goals[0].status", equalTo("WITHDRAWN")).body("goals[0].actions", hasSize(1));
        write(TestTokens.teacher(), "POST", "{\"reason\": \"Again\"}", null, goalPath() + "/withdrawal", f.planId(), f.goalId()).statusCode(409)
                .contentType("application/problem+json").body("rule", equalTo("already-withdrawn"));
        write(TestTokens.teacher(), "PATCH", "{\"description\": \"Back again\"}", null, goalPath(), f.planId(), f.goalId()).statusCode(409)
                .body("rule", equalTo("withdrawn-is-read-only"));
        write(TestTokens.teacher(), "PATCH", "{\"status\": \"DONE\"}", null, actionPath(), f.planId(), f.goalId(), f.actionId()).statusCode(409)
                .body("rule", equalTo("withdrawn-is-read-only"));
        assertThat(published("earlyhelp.plan.goal-withdrawn.v1", f.goalId())).singleElement().satisfies(m -> {
            assertThat(m.payload).contains(f.actionId()).doesNotContain("worry");
        });
    }

    @Test
    @DisplayName("POST an action's withdrawal: 200, action WITHDRAWN, the goal still OPEN; again 409; a review then asks no progress on it; ActionWithdrawn published")
    void anActionIsWithdrawn() {
        Fixture f = open();
        write(TestTokens.teacher(), "POST", "{\"reason\": \"The family has a chart already\"}", etag(f.planId()), actionPath() + "/withdrawal",
                f.planId(), f.goalId(), f.actionId()).statusCode(200).body("status", equalTo("WITHDRAWN"))
                .body("withdrawal.reason", equalTo("The family has a chart already"));
        plan(f.planId()).body("goals[0].status", equalTo("OPEN")).body("goals[0].actions[0].status", equalTo("WITHDRAWN"));
        write(TestTokens.teacher(), "POST", "{\"reason\": \"Again\"}", null, actionPath() + "/withdrawal", f.planId(), f.goalId(), f.actionId())
                .statusCode(409).body("rule", equalTo("already-withdrawn"));
        String review = plan(f.planId()).extract().path("nextReview.id");
        write(TestTokens.teacher(), "POST", "{\"heldOn\": \"" + ManualPlanTest.opened(29) + "\", \"attendees\": [\"teacher\"], \"childAndFamilyViews\": \"Calmer\", \"decision\": \"CONTINUE\"}",
                null, "/api/plans/{id}/reviews/{r}/outcome", f.planId(), review).statusCode(200);
        assertThat(published("earlyhelp.plan.action-withdrawn.v1", f.actionId())).singleElement()
                .satisfies(m -> assertThat(m.payload).doesNotContain("chart"));
    }

    @Test
    @DisplayName("a closed plan's goals and actions are read-only: edits and withdrawals are 409, nothing changed")
    void aClosedPlanIsReadOnly() {
        Fixture f = open();
        write(TestTokens.teacher(), "POST", "{\"reason\": \"NEEDS_MET_BY_UNIVERSAL_SERVICES\", \"agreedOn\": \"" + ManualPlanTest.opened(30) + "\", \"summary\": \"Calm\"}",
                null, "/api/plans/{id}/closure", f.planId()).statusCode(200);
        write(TestTokens.teacher(), "PATCH", "{\"description\": \"x\"}", null, goalPath(), f.planId(), f.goalId()).statusCode(409);
        write(TestTokens.teacher(), "POST", "{\"reason\": \"x\"}", null, goalPath() + "/withdrawal", f.planId(), f.goalId()).statusCode(409);
        write(TestTokens.teacher(), "PATCH", "{\"status\": \"DONE\"}", null, actionPath(), f.planId(), f.goalId(), f.actionId()).statusCode(409);
        write(TestTokens.teacher(), "POST", "{\"reason\": \"x\"}", null, actionPath() + "/withdrawal", f.planId(), f.goalId(), f.actionId()).statusCode(409);
        plan(f.planId()).body("goals[0].description", equalTo("Calm bedtimes")).body("goals[0].status", equalTo("OPEN"));
        history(f.planId()).body("total", equalTo(0));
    }

    @Test
    @DisplayName("GET /api/plans/{id}/history lists each change newest first, paged: kind, goal, action, fields, who, values before and after, reason; the timeline shows them by field name")
    void theHistoryAndTheTimelineShowEachChange() {
        Fixture f = open();
        write(TestTokens.teacher(), "PATCH", "{\"description\": \"Calmer bedtimes\"}", null, goalPath(), f.planId(), f.goalId()).statusCode(200);
        write(TestTokens.earlyHelpTeam(), "PATCH", "{\"status\": \"IN_PROGRESS\"}", null, actionPath(), f.planId(), f.goalId(), f.actionId())
                .statusCode(200);
        write(TestTokens.teacher(), "POST", "{\"reason\": \"Sleeping well now\"}", null, goalPath() + "/withdrawal", f.planId(), f.goalId())
                .statusCode(200);
        history(f.planId()).body("total", equalTo(4)).body("page", equalTo(0)).body("size", equalTo(20))
                .body("items.kind", contains("ACTION_WITHDRAWN", "GOAL_WITHDRAWN", "ACTION_CHANGED", "GOAL_CHANGED"))
                .body("items[0].actionId", equalTo(f.actionId())).body("items[0].reason", equalTo("Sleeping well now"))
                .body("items[0].before.status", equalTo("IN_PROGRESS")).body("items[0].after.status", equalTo("WITHDRAWN"))
                .body("items[1].goalId", equalTo(f.goalId())).body("items[1].actionId", nullValue()).body("items[1].by", equalTo("teacher"))
                .body("items[2].by", equalTo("ehteam")).body("items[2].fields", contains("status"))
                .body("items[3].fields", contains("description")).body("items[3].before.description", equalTo("Calm bedtimes"))
                .body("items[3].after.description", equalTo("Calmer bedtimes")).body("items[3].reason", nullValue());
        given().auth().oauth2(TestTokens.teacher()).queryParam("page", 1).queryParam("size", 3).get("/api/plans/{id}/history", f.planId()).then()
                .statusCode(200).body("total", equalTo(4)).body("items.kind", contains("GOAL_CHANGED"));
        given().auth().oauth2(TestTokens.teacher()).queryParam("size", 500).get("/api/plans/{id}/history", f.planId()).then().statusCode(400);

        given().auth().oauth2(TestTokens.teacher()).queryParam("familyId", f.familyId()).get("/api/timeline").then().statusCode(200)
                .body("items.type", hasItem("GOAL_CHANGED")).body("items.type", hasItem("ACTION_CHANGED"))
                .body("items.type", hasItem("GOAL_WITHDRAWN")).body("items.type", hasItem("ACTION_WITHDRAWN"))
                .body("items.summary", hasItem("Goal changed: description"))
                .body("items.summary", not(hasItem(org.hamcrest.Matchers.containsString("Calmer"))))
                .body("items.findAll { it.type == 'ACTION_CHANGED' }.ref", contains("plan/" + f.planId() + "/goals/" + f.goalId() + "/actions/" + f.actionId()));
    }
}
