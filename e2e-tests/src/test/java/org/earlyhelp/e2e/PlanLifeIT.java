package org.earlyhelp.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.earlyhelp.localstack.EarlyHelpSystem;
import org.earlyhelp.platform.time.WorkingDayCalendar;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * Journey: a plan's life (issue 18), through the gateway with Keycloak tokens, every service its own process. A plan opens
 * from an assessment with draft goals; its initial review is refused until they are SMART; the goals are edited (a stale
 * If-Match is 412) and one is withdrawn; a TAF review records contributions and goal outcomes; the revised plan is shared
 * late and shown as missed; a review decides to close; the lead professional is reminded on the closure's due day; the plan
 * closes with outcomes achieved only once no goal is open.
 *
 * <p>Recorded after the fact, counted back from the system's today ({@link RunningSystem#today()}, a working day): the
 * review that decides to close is held two working days before it, so the closure falls due today, whatever day the suite
 * runs. Everything before it is further back.
 */
class PlanLifeIT {

    static String teacher;
    static String ehteam;
    static LocalDate today;
    static WorkingDayCalendar workingDays;

    @BeforeAll
    static void startTheWholeSystem() {
        EarlyHelpSystem system = RunningSystem.get();
        RestAssured.baseURI = system.gatewayUrl();
        teacher = system.keycloak().passwordToken("teacher", "teacher");
        ehteam = system.keycloak().passwordToken("ehteam", "ehteam");
        today = RunningSystem.today();
        workingDays = RunningSystem.workingDays();
    }

    @Test
    @DisplayName("opened with draft goals → initial review 422 until SMART → goals edited (stale If-Match 412) → a goal withdrawn → TAF review with contributions and goal outcomes → revised plan shared late (missed) → review decides CLOSE → closure reminder on the due day → closed OUTCOMES_ACHIEVED only once no goal is OPEN")
    void aPlansLife() {
        LocalDate closeDecidedOn = workingDays.subtractWorkingDays(today, 2);
        LocalDate completedOn = closeDecidedOn.minusDays(100);
        LocalDate initialReviewOn = completedOn.plusDays(14);
        LocalDate tafReviewOn = completedOn.plusDays(50);

        Families.Family family = Families.register(teacher);
        String planId = planFromAnAssessment(family, completedOn);
        List<String> draftGoals = given().auth().oauth2(teacher).get("/api/plans/{id}", planId).then().statusCode(200)
                .body("goals.draft", equalTo(List.of(true, true)))
                .body("goals.status", equalTo(List.of("OPEN", "OPEN")))
                .extract().path("goals.id");
        String absence = draftGoals.get(0);
        String mentalHealth = draftGoals.get(1);

        // the initial review cannot be held while a goal lacks a measure or a target date: 422 naming both, nothing written
        String initialReview = given().auth().oauth2(teacher).get("/api/plans/{id}", planId).then()
                .body("nextReview.kind", equalTo("INITIAL")).extract().path("nextReview.id");
        given().auth().oauth2(teacher).contentType(ContentType.JSON).body("""
                {"heldOn": "%s", "attendees": ["teacher", "Beth"], "decision": "CONTINUE", "childAndFamilyViews": "Amy wants to go back"}"""
                .formatted(initialReviewOn))
                .post("/api/plans/{id}/reviews/{r}/outcome", planId, initialReview).then().statusCode(422)
                .contentType("application/problem+json")
                .body("rule", equalTo("goals-smart-before-initial-review"))
                .body("goals", containsInAnyOrder(absence, mentalHealth));
        given().auth().oauth2(teacher).get("/api/plans/{id}", planId).then().body("nextReview.id", equalTo(initialReview));

        // the goals made SMART with If-Match; the second edit, sent with the ETag the first one made stale, is 412
        String etag = etagOf(planId);
        String afterFirstEdit = given().auth().oauth2(teacher).header("If-Match", etag).contentType(ContentType.JSON)
                .body("{\"measure\": \"Attendance above 95%%\", \"targetDate\": \"%s\"}".formatted(completedOn.plusWeeks(16)))
                .patch("/api/plans/{id}/goals/{g}", planId, absence).then().statusCode(200).extract().header("ETag");
        assertThat(afterFirstEdit).isNotEqualTo(etag);
        given().auth().oauth2(teacher).header("If-Match", etag).contentType(ContentType.JSON)
                .body("{\"measure\": \"Beth says her mood is better most weeks\", \"targetDate\": \"%s\"}".formatted(completedOn.plusWeeks(12)))
                .patch("/api/plans/{id}/goals/{g}", planId, mentalHealth).then().statusCode(412);
        given().auth().oauth2(teacher).header("If-Match", afterFirstEdit).contentType(ContentType.JSON)
                .body("{\"measure\": \"Beth says her mood is better most weeks\", \"targetDate\": \"%s\"}".formatted(completedOn.plusWeeks(12)))
                .patch("/api/plans/{id}/goals/{g}", planId, mentalHealth).then().statusCode(200);

        // a third goal, then withdrawn with a reason: it stays on the plan, read-only
        String housing = given().auth().oauth2(teacher).contentType(ContentType.JSON).body("""
                {"needIndicator": "HOUSING", "description": "A home without damp", "measure": "Repairs done", "targetDate": "%s"}"""
                .formatted(completedOn.plusWeeks(20))).post("/api/plans/{id}/goals", planId).then().statusCode(201).extract().path("id");
        given().auth().oauth2(teacher).contentType(ContentType.JSON).body("{\"reason\": \"The landlord has done the repairs\"}")
                .post("/api/plans/{id}/goals/{g}/withdrawal", planId, housing).then().statusCode(200);
        given().auth().oauth2(teacher).get("/api/plans/{id}", planId).then()
                .body("goals.find { it.id == '%s' }.status".formatted(housing), equalTo("WITHDRAWN"))
                .body("goals.findAll { it.draft }", org.hamcrest.Matchers.empty());
        String walk = given().auth().oauth2(teacher).contentType(ContentType.JSON).body("""
                {"description": "Walk to school together", "owner": {"name": "Beth", "agency": "family"}, "dueDate": "%s"}"""
                .formatted(completedOn.plusDays(10))).post("/api/plans/{id}/goals/{g}/actions", planId, absence).then().statusCode(201)
                .extract().path("id");

        // the initial review, now the goals are SMART
        given().auth().oauth2(teacher).contentType(ContentType.JSON).body("""
                {"heldOn": "%s", "attendees": ["teacher", "Beth"], "decision": "CONTINUE", "childAndFamilyViews": "Amy wants to go back",
                 "actionProgress": [{"actionId": "%s", "status": "IN_PROGRESS", "note": "Most days"}]}""".formatted(initialReviewOn, walk))
                .post("/api/plans/{id}/reviews/{r}/outcome", planId, initialReview).then().statusCode(200);

        // the TAF review: who was invited, who came, a written contribution from the GP who could not, significant events, the
        // child's and family's views, goal outcomes, and the family's agreement to the decision
        String tafReview = given().auth().oauth2(teacher).get("/api/plans/{id}", planId).then().extract().path("nextReview.id");
        ExtractableResponse<Response> afterTaf = given().auth().oauth2(teacher).contentType(ContentType.JSON).body("""
                {"heldOn": "%s", "invited": ["teacher", "Beth", "Dr Patel (GP)"], "attendees": ["teacher", "Beth"],
                 "contributions": [{"from": {"name": "Dr Patel", "agency": "gp"}, "summary": "Beth has started counselling"}],
                 "significantEvents": "None since the last review", "childAndFamilyViews": "Amy likes school again",
                 "goalOutcomes": [{"goalId": "%s", "outcome": "PARTLY_ACHIEVED", "note": "Better, not yet every week"}],
                 "actionProgress": [{"actionId": "%s", "status": "DONE", "note": "Every day now"}],
                 "decision": "CONTINUE", "agreedByFamily": true}""".formatted(tafReviewOn, mentalHealth, walk))
                .post("/api/plans/{id}/reviews/{r}/outcome", planId, tafReview).then().statusCode(200)
                .body("goals.find { it.id == '%s' }.status".formatted(mentalHealth), equalTo("PARTLY_ACHIEVED"))
                .body("goals.find { it.id == '%s' }.status".formatted(absence), equalTo("OPEN"))
                .extract();
        LocalDate revisedPlanDueBy = LocalDate.parse(afterTaf.path("revisedPlanDueBy"));
        assertThat(revisedPlanDueBy).isEqualTo(workingDays.addWorkingDays(tafReviewOn, 10));
        given().auth().oauth2(teacher).get("/api/plans/{id}/reviews", planId).then().statusCode(200)
                .body("items.find { it.id == '%s' }.contributions[0].from.agency".formatted(tafReview), equalTo("gp"))
                .body("items.find { it.id == '%s' }.agreedByFamily".formatted(tafReview), equalTo(true));

        // the revised plan shared three days late: the plan shows it missed
        LocalDate sharedOn = revisedPlanDueBy.plusDays(3);
        given().auth().oauth2(teacher).contentType(ContentType.JSON).body("""
                {"sharedOn": "%s", "sharedWith": ["family", "school", "gp"]}""".formatted(sharedOn))
                .post("/api/plans/{id}/sharing", planId).then().statusCode(201);
        given().auth().oauth2(teacher).get("/api/plans/{id}", planId).then()
                .body("revisedPlanDueBy", equalTo(revisedPlanDueBy.toString()))
                .body("revisedPlanSharedOn", equalTo(sharedOn.toString()))
                .body("revisedPlan.met", equalTo(false));

        // a review decides to close, two working days ago: the closure with its summary is due today
        String closingReview = given().auth().oauth2(teacher).get("/api/plans/{id}", planId).then().extract().path("nextReview.id");
        given().auth().oauth2(teacher).contentType(ContentType.JSON).body("""
                {"heldOn": "%s", "attendees": ["teacher", "Beth"], "childAndFamilyViews": "Beth feels ready to manage",
                 "actionProgress": [{"actionId": "%s", "status": "DONE", "note": "Kept up"}], "decision": "CLOSE", "agreedByFamily": true}"""
                .formatted(closeDecidedOn, walk))
                .post("/api/plans/{id}/reviews/{r}/outcome", planId, closingReview).then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("closureDueBy", equalTo(today.toString())).body("nextReview", nullValue());

        // the lead professional is reminded on the due day (the reminder job runs by itself, on the platform clock)
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                assertThat(Inbox.typesFor(teacher, planId)).contains("CLOSURE_DUE"));
        assertThat(Inbox.typesFor(ehteam, planId)).doesNotContain("CLOSURE_OVERDUE");

        // closed OUTCOMES_ACHIEVED: refused while a goal is OPEN (naming it), accepted with the last outcomes recorded
        given().auth().oauth2(teacher).contentType(ContentType.JSON).body("""
                {"reason": "OUTCOMES_ACHIEVED", "agreedOn": "%s", "summary": "Attendance back to 96%%; Beth in counselling"}"""
                .formatted(today)).post("/api/plans/{id}/closure", planId).then().statusCode(422)
                .body("rule", equalTo("no-open-goals-at-closure")).body("goals", equalTo(List.of(absence)));
        given().auth().oauth2(teacher).get("/api/plans/{id}", planId).then().body("status", equalTo("ACTIVE"));
        given().auth().oauth2(teacher).contentType(ContentType.JSON).body("""
                {"reason": "OUTCOMES_ACHIEVED", "agreedOn": "%s", "summary": "Attendance back to 96%%; Beth in counselling",
                 "goalOutcomes": [{"goalId": "%s", "outcome": "ACHIEVED", "note": "96%% this term"},
                                  {"goalId": "%s", "outcome": "ACHIEVED", "note": "Beth says most weeks are good"}]}"""
                .formatted(today, absence, mentalHealth)).post("/api/plans/{id}/closure", planId).then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("closure.reason", equalTo("OUTCOMES_ACHIEVED"))
                .body("goals.status", containsInAnyOrder("ACHIEVED", "ACHIEVED", "WITHDRAWN"));

        // the plan's history keeps every edit, the withdrawal and the outcomes; the team and early help hear of the closure
        given().auth().oauth2(teacher).queryParam("size", 100).get("/api/plans/{id}/history", planId).then().statusCode(200)
                .body("items.kind", hasItems("GOAL_CHANGED", "GOAL_WITHDRAWN", "GOAL_OUTCOME_RECORDED"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(Inbox.typesFor(ehteam, planId)).contains("PLAN_CLOSED"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(teacher)
                .get("/api/families/{id}/timeline", family.id()).then().statusCode(200)
                .body("items.type", hasItem("REVIEW_HELD")).body("items.type", hasItem("PLAN_CLOSED")));
    }

    /** Consent, an assessment with two needs completed on {@code completedOn}; the plan it opens, once readable. */
    private static String planFromAnAssessment(Families.Family family, LocalDate completedOn) {
        given().auth().oauth2(teacher).contentType(ContentType.JSON).body("""
                {"givenByMemberId": "%s", "coversMemberIds": ["%s"], "purposes": ["ASSESSMENT", "INFORMATION_SHARING"],
                 "sharedWithAgencies": ["health"], "method": "WRITTEN", "givenOn": "%s"}"""
                .formatted(family.parent(), family.child(), completedOn.minusDays(14)))
                .post("/api/families/{id}/consents", family.id()).then().statusCode(201);
        String assessmentId = given().auth().oauth2(teacher).contentType(ContentType.JSON).body("""
                {"familyId": "%s", "childMemberIds": ["%s"], "reasonForAssessment": "Attendance has fallen",
                 "leadProfessional": {"userId": "teacher", "name": "Tess Teacher", "agency": "school", "role": "DSL"}}"""
                .formatted(family.id(), family.child())).post("/api/assessments").then().statusCode(201).extract().path("id");
        given().auth().oauth2(teacher).contentType(ContentType.JSON).body("""
                {"childrensVoice": [{"memberId": "%s", "wishesAndFeelings": "Wants to see her friends"}],
                 "familyViews": "Mornings are hard",
                 "factors": {"protective": "a", "presenting": "b", "precipitating": "c", "perpetuating": "d", "predisposing": "e", "predicting": "f"},
                 "domains": {"childDevelopment": "a", "parentingCapacity": "b", "familyAndEnvironment": "c"},
                 "needs": [{"memberId": "%s", "indicator": "PERSISTENT_ABSENCE", "description": "78 percent"},
                           {"memberId": "%s", "indicator": "PARENTAL_MENTAL_HEALTH", "description": "Low mood"}],
                 "levelOfNeed": "TARGETED"}""".formatted(family.child(), family.child(), family.parent()))
                .patch("/api/assessments/{id}", assessmentId).then().statusCode(200);
        given().auth().oauth2(teacher).contentType(ContentType.JSON).body("{\"completedOn\": \"%s\"}".formatted(completedOn))
                .post("/api/assessments/{id}/completion", assessmentId).then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                given().auth().oauth2(teacher).queryParam("originRef", assessmentId).get("/api/plans").then().statusCode(200)
                        .body("total", equalTo(1)));
        return given().auth().oauth2(teacher).queryParam("originRef", assessmentId).get("/api/plans").then()
                .body("items[0].openedOn", equalTo(completedOn.toString())).extract().path("items[0].id");
    }

    private static String etagOf(String planId) {
        return given().auth().oauth2(teacher).get("/api/plans/{id}", planId).then().statusCode(200).extract().header("ETag");
    }
}
