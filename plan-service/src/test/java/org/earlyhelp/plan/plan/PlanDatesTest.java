package org.earlyhelp.plan.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.inject.Inject;

import org.earlyhelp.localstack.TestTokens;
import org.earlyhelp.plan.timescales.AreaTimescales;
import org.earlyhelp.plan.timescales.Timescales;
import org.earlyhelp.platform.time.RecordedDates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * The dates people record on a plan (domain.md, "Recorded after the fact"), through the API: a recorded date after today,
 * or before the fact it follows, is 422 naming the rule and the field, and nothing is written; a back-dated one is taken,
 * and the deadlines it starts are counted from it. Planned dates are measured from the plan's own dates only.
 */
@QuarkusTest
class PlanDatesTest {

    @Inject
    Clock clock;
    @Inject
    AreaTimescales timescales;

    LocalDate today;
    /** The plans here opened 100 days ago. */
    LocalDate opened;
    Timescales area;

    @BeforeEach
    void days() {
        today = RecordedDates.today(clock);
        opened = today.minusDays(100);
        area = timescales.forArea(TestTokens.DEFAULT_AREA);
    }

    static ValidatableResponse refused(ValidatableResponse response, String rule, String field) {
        return response.statusCode(422).contentType("application/problem+json").body("rule", equalTo(rule)).body("field", equalTo(field));
    }

    String openPlan(LocalDate openedOn) {
        return given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(planBody(ManualPlanTest.familyKnownToSchoolAndHealth(),
                "\"openedOn\": \"" + openedOn + "\",")).post("/api/plans").then().statusCode(201).extract().path("id");
    }

    static String planBody(UUID familyId, String openedOnMember) {
        return """
                {"familyId": "%s", %s
                 "leadProfessional": {"userId": "teacher", "name": "Tess Teacher", "agency": "school", "role": "DSL"}}
                """.formatted(familyId, openedOnMember);
    }

    ValidatableResponse post(String body, String path, Object... params) {
        return given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(body).post(path, params).then();
    }

    ValidatableResponse plan(String plan) {
        return given().auth().oauth2(TestTokens.teacher()).get("/api/plans/{id}", plan).then().statusCode(200);
    }

    @Test
    @DisplayName("POST /api/plans: openedOn after today is 422 recorded-date-not-after-today, no plan written; back-dated, the initial review counts from it; omitted, it is today")
    void aManualPlanOpensOnARecordedDate() {
        UUID familyId = ManualPlanTest.familyKnownToSchoolAndHealth();
        refused(post(planBody(familyId, "\"openedOn\": \"" + today.plusDays(1) + "\","), "/api/plans"), "recorded-date-not-after-today", "openedOn");
        given().auth().oauth2(TestTokens.earlyHelpTeam()).queryParam("familyId", familyId).get("/api/plans").then().body("total", equalTo(0));

        LocalDate longAgo = today.minusYears(1);
        post(planBody(familyId, "\"openedOn\": \"" + longAgo + "\","), "/api/plans").statusCode(201)
                .body("openedOn", equalTo(longAgo.toString()))
                .body("nextReview.dueBy", equalTo(area.initialReviewDue(longAgo).toString()));

        post(planBody(ManualPlanTest.familyKnownToSchoolAndHealth(), ""), "/api/plans").statusCode(201)
                .body("openedOn", equalTo(today.toString()))
                .body("nextReview.dueBy", equalTo(area.initialReviewDue(today).toString()));
    }

    @Test
    @DisplayName("a goal's targetDate not after the plan opened is 422 target-date-after-plan-opened; one already past today (written up later) is taken")
    void aGoalIsDueAfterThePlanOpened() {
        String plan = openPlan(opened);
        String goal = "{\"needIndicator\": \"HOUSING\", \"description\": \"Dry home\", \"measure\": \"Damp fixed\", \"targetDate\": \"%s\"}";
        refused(post(goal.formatted(opened.minusDays(1)), "/api/plans/{id}/goals", plan), "target-date-after-plan-opened", "targetDate");
        refused(post(goal.formatted(opened), "/api/plans/{id}/goals", plan), "target-date-after-plan-opened", "targetDate");
        plan(plan).body("goals", hasSize(0));
        post(goal.formatted(opened.plusDays(30)), "/api/plans/{id}/goals", plan).statusCode(201)
                .body("targetDate", equalTo(opened.plusDays(30).toString()));
        post(goal.formatted(today.plusMonths(6)), "/api/plans/{id}/goals", plan).statusCode(201);
        plan(plan).body("goals", hasSize(2));
    }

    @Test
    @DisplayName("an action's dueDate before the plan opened is 422 due-date-after-plan-opened; a past one after the opening is taken")
    void anActionIsDueAfterThePlanOpened() {
        String plan = openPlan(opened);
        String goal = post("{\"needIndicator\": \"HOUSING\", \"description\": \"Dry home\", \"measure\": \"Damp fixed\", \"targetDate\": \""
                + opened.plusDays(60) + "\"}", "/api/plans/{id}/goals", plan).statusCode(201).extract().path("id");
        String action = "{\"description\": \"Call the landlord\", \"owner\": {\"name\": \"Mum\", \"agency\": \"family\"}, \"dueDate\": \"%s\"}";
        refused(post(action.formatted(opened.minusDays(1)), "/api/plans/{id}/goals/{g}/actions", plan, goal), "due-date-after-plan-opened",
                "dueDate");
        plan(plan).body("goals[0].actions", hasSize(0));
        post(action.formatted(opened.plusDays(5)), "/api/plans/{id}/goals/{g}/actions", plan, goal).statusCode(201)
                .body("dueDate", equalTo(opened.plusDays(5).toString()));
        plan(plan).body("goals[0].actions", hasSize(1));
    }

    @Test
    @DisplayName("the family's agreedOn after today is 422 recorded-date-not-after-today, before the plan opened 422 agreement-after-plan-opened; nothing recorded")
    void theFamilysAgreementIsARecordedDate() {
        String plan = openPlan(opened);
        String agreement = "{\"agreedOn\": \"%s\", \"method\": \"WRITTEN\"}";
        refused(post(agreement.formatted(today.plusDays(1)), "/api/plans/{id}/agreement", plan), "recorded-date-not-after-today", "agreedOn");
        refused(post(agreement.formatted(opened.minusDays(1)), "/api/plans/{id}/agreement", plan), "agreement-after-plan-opened", "agreedOn");
        plan(plan).body("familyAgreement", nullValue());
        post(agreement.formatted(opened.plusDays(2)), "/api/plans/{id}/agreement", plan).statusCode(200)
                .body("familyAgreement.agreedOn", equalTo(opened.plusDays(2).toString()));
    }

    @Test
    @DisplayName("a review's heldOn after today, before the plan opened or before the previous review is 422 naming heldOn, the review still open; a back-dated one counts its deadlines from itself")
    void aReviewIsHeldOnARecordedDate() {
        String plan = openPlan(opened);
        String initial = plan(plan).extract().path("nextReview.id");
        String outcome = "{\"heldOn\": \"%s\", \"attendees\": [\"teacher\"], \"childAndFamilyViews\": \"Calmer\", \"decision\": \"CONTINUE\"}";
        refused(post(outcome.formatted(today.plusDays(1)), "/api/plans/{id}/reviews/{r}/outcome", plan, initial),
                "recorded-date-not-after-today", "heldOn");
        refused(post(outcome.formatted(opened.minusDays(1)), "/api/plans/{id}/reviews/{r}/outcome", plan, initial),
                "review-after-plan-opened", "heldOn");
        given().auth().oauth2(TestTokens.teacher()).get("/api/plans/{id}/reviews", plan).then()
                .body("items", hasSize(1)).body("items[0].status", equalTo("SCHEDULED")).body("items[0].heldOn", nullValue());

        LocalDate held = opened.plusDays(29);
        post(outcome.formatted(held), "/api/plans/{id}/reviews/{r}/outcome", plan, initial).statusCode(200)
                .body("revisedPlanDueBy", equalTo(area.revisedPlanDue(held).toString()))
                .body("nextReview.dueBy", equalTo(held.plusDays(42).toString()));
        String second = plan(plan).extract().path("nextReview.id");
        refused(post(outcome.formatted(held.minusDays(1)), "/api/plans/{id}/reviews/{r}/outcome", plan, second),
                "review-after-previous-review", "heldOn");
        given().auth().oauth2(TestTokens.teacher()).get("/api/plans/{id}/reviews", plan).then()
                .body("items", hasSize(2)).body("items[1].status", equalTo("SCHEDULED")).body("items[1].heldOn", nullValue());
        post(outcome.formatted(today), "/api/plans/{id}/reviews/{r}/outcome", plan, second).statusCode(200)
                .body("nextReview.dueBy", equalTo(today.plusDays(42).toString()));
    }

    @Test
    @DisplayName("a closure's agreedOn after today, before the plan opened or before the last review held is 422 naming agreedOn, the plan still active; a back-dated one closes it")
    void aClosureIsAgreedOnARecordedDate() {
        String plan = openPlan(opened);
        String closure = "{\"reason\": \"OUTCOMES_ACHIEVED\", \"agreedOn\": \"%s\", \"summary\": \"Bedtimes calm\"}";
        refused(post(closure.formatted(today.plusDays(1)), "/api/plans/{id}/closure", plan), "recorded-date-not-after-today", "agreedOn");
        refused(post(closure.formatted(opened.minusDays(1)), "/api/plans/{id}/closure", plan), "closure-after-plan-opened", "agreedOn");
        String initial = plan(plan).extract().path("nextReview.id");
        LocalDate held = opened.plusDays(40);
        post("{\"heldOn\": \"" + held + "\", \"childAndFamilyViews\": \"Calmer\", \"decision\": \"CLOSE\"}", "/api/plans/{id}/reviews/{r}/outcome", plan, initial).statusCode(200)
                .body("closure.summaryDueBy", equalTo(area.closureSummaryDue(held).toString()));
        refused(post(closure.formatted(held.minusDays(1)), "/api/plans/{id}/closure", plan), "closure-after-last-review", "agreedOn");
        plan(plan).body("status", equalTo("ACTIVE")).body("closure.agreedOn", nullValue());
        post(closure.formatted(held), "/api/plans/{id}/closure", plan).statusCode(200)
                .body("status", equalTo("CLOSED")).body("closure.agreedOn", equalTo(held.toString()));
    }

    @Test
    @DisplayName("a warm handover before the plan opened is 422 handover-after-plan-opened, the lead unchanged; one already held or one still to come is taken")
    void aHandoverIsNotBeforeThePlanOpened() {
        String plan = openPlan(opened);
        String handover = "{\"to\": {\"userId\": \"%s\", \"name\": \"Someone\", \"agency\": \"%s\", \"role\": \"Lead\"}, \"warmHandoverOn\": \"%s\", \"familyAgreed\": true}";
        refused(given().auth().oauth2(TestTokens.earlyHelpTeam()).contentType(ContentType.JSON)
                .body(handover.formatted("hv", "health", opened.minusDays(1))).post("/api/plans/{id}/lead-professional-handovers", plan).then(),
                "handover-after-plan-opened", "warmHandoverOn");
        plan(plan).body("leadProfessional.userId", equalTo("teacher")).body("handovers", hasSize(0));
        given().auth().oauth2(TestTokens.earlyHelpTeam()).contentType(ContentType.JSON)
                .body(handover.formatted("hv", "health", opened.plusDays(3))).post("/api/plans/{id}/lead-professional-handovers", plan).then()
                .statusCode(201).body("handovers[0].warmHandoverOn", equalTo(opened.plusDays(3).toString()));
        given().auth().oauth2(TestTokens.earlyHelpTeam()).contentType(ContentType.JSON)
                .body(handover.formatted("teacher", "school", today.plusWeeks(2))).post("/api/plans/{id}/lead-professional-handovers", plan).then()
                .statusCode(201).body("leadProfessional.userId", equalTo("teacher"))
                .body("handovers[1].warmHandoverOn", equalTo(today.plusWeeks(2).toString()));
    }
}
