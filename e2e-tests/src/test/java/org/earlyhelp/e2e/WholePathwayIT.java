package org.earlyhelp.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.earlyhelp.localstack.EarlyHelpSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * Journey 1: the whole pathway for one family, through the gateway with Keycloak tokens, every
 * service its own process. Early help assesses and plans, a review steps up to children's social
 * care, CSC takes the family on (early help stops), later steps the family down again, and the
 * new plan runs to outcomes achieved. The inboxes and the family's timeline are checked on the way.
 *
 * <p>All of it is recorded after the fact, with its real past dates (issue 17): assessment completed 15 December 2025,
 * referral 14 January 2026, decision 20 January 2026, step-down proposed 9 March 2026 with a goal due 17 July 2026,
 * accepted 23 March 2026, review held 16 April 2026, closed 20 July 2026. Every deadline is computed from those dates, and
 * every date is in the past on any day the suite runs.
 */
class WholePathwayIT {

    static String teacher;
    static String hv;
    static String sw;
    static String ehteam;

    @BeforeAll
    static void startTheWholeSystem() {
        EarlyHelpSystem system = RunningSystem.get();
        RestAssured.baseURI = system.gatewayUrl();
        teacher = system.keycloak().passwordToken("teacher", "teacher");
        hv = system.keycloak().passwordToken("hv", "hv");
        sw = system.keycloak().passwordToken("sw", "sw");
        ehteam = system.keycloak().passwordToken("ehteam", "ehteam");
    }

    @AfterAll
    static void reportLatency() {
        StepDownLatency.report();
    }

    @Test
    @DisplayName("register → consent → assessment refused while incomplete, completed → plan with initial review → goals, actions, team → review CONTINUE → review STEP_UP → referral submitted → CSC stops early help → plan closed STEPPED_UP_TO_CSC → step-down accepted → new plan, first review on the right working day → review → closed OUTCOMES_ACHIEVED")
    void wholePathway() {
        Families.Family family = Families.register(teacher);
        String familyId = family.id();
        String child = family.child();
        String parent = family.parent();

        // consent, then an assessment that cannot be completed until its content is there
        given().auth().oauth2(teacher).contentType(ContentType.JSON).body("""
                {"givenByMemberId": "%s", "coversMemberIds": ["%s"], "purposes": ["ASSESSMENT", "INFORMATION_SHARING"],
                 "sharedWithAgencies": ["health"], "method": "WRITTEN", "givenOn": "2025-12-01"}""".formatted(parent, child))
                .post("/api/families/{id}/consents", familyId).then().statusCode(201);
        String assessmentId = given().auth().oauth2(teacher).contentType(ContentType.JSON).body("""
                {"familyId": "%s", "childMemberIds": ["%s"], "reasonForAssessment": "Attendance has fallen",
                 "leadProfessional": {"userId": "teacher", "name": "Tess Teacher", "agency": "school", "role": "DSL"}}"""
                .formatted(familyId, child)).post("/api/assessments").then().statusCode(201).body("status", equalTo("DRAFT"))
                .extract().path("id");
        given().auth().oauth2(teacher).contentType(ContentType.JSON).body("{\"completedOn\": \"2025-12-15\"}")
                .post("/api/assessments/{id}/completion", assessmentId).then().statusCode(422)
                .contentType("application/problem+json");
        given().auth().oauth2(teacher).get("/api/assessments/{id}", assessmentId).then().body("status", equalTo("DRAFT"));
        given().auth().oauth2(teacher).contentType(ContentType.JSON).body("""
                {"childrensVoice": [{"memberId": "%s", "wishesAndFeelings": "Wants to see her friends"}],
                 "familyViews": "Mornings are hard",
                 "factors": {"protective": "a", "presenting": "b", "precipitating": "c", "perpetuating": "d", "predisposing": "e", "predicting": "f"},
                 "domains": {"childDevelopment": "a", "parentingCapacity": "b", "familyAndEnvironment": "c"},
                 "needs": [{"memberId": "%s", "indicator": "PERSISTENT_ABSENCE", "description": "78 percent"},
                           {"memberId": "%s", "indicator": "PARENTAL_MENTAL_HEALTH", "description": "Low mood"}],
                 "levelOfNeed": "TARGETED"}""".formatted(child, child, parent))
                .patch("/api/assessments/{id}", assessmentId).then().statusCode(200);
        given().auth().oauth2(teacher).contentType(ContentType.JSON).body("{\"completedOn\": \"2025-12-15\"}")
                .post("/api/assessments/{id}/completion", assessmentId).then().statusCode(200).body("status", equalTo("COMPLETED"));

        // the plan opens by itself on the day the assessment was completed, one draft goal per need, the initial review on
        // the 20th working day after it (25 and 26 December 2025 and 1 January 2026 skipped)
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                given().auth().oauth2(teacher).queryParam("origin", "ASSESSMENT").queryParam("originRef", assessmentId)
                        .get("/api/plans").then().statusCode(200).body("total", equalTo(1)));
        String planId = given().auth().oauth2(teacher).queryParam("originRef", assessmentId).get("/api/plans").then()
                .body("items[0].familyId", equalTo(familyId))
                .body("items[0].leadProfessional.userId", equalTo("teacher"))
                .body("items[0].goals", hasSize(2))
                .body("items[0].goals[0].needIndicator", equalTo("PERSISTENT_ABSENCE"))
                .body("items[0].goals[0].draft", equalTo(true))
                .body("items[0].nextReview.kind", equalTo("INITIAL"))
                .body("items[0].openedOn", equalTo("2025-12-15"))
                .body("items[0].nextReview.dueBy", equalTo("2026-01-15"))
                .extract().path("items[0].id");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(Inbox.typesFor(teacher, planId)).contains("PLAN_OPENED", "REVIEW_SCHEDULED"));

        // goals, an action, the team around the family (the health visitor then sees the plan)
        given().auth().oauth2(hv).get("/api/plans/{id}", planId).then().statusCode(404);
        String goalId = given().auth().oauth2(teacher).contentType(ContentType.JSON)
                .body("{\"needIndicator\": \"PERSISTENT_ABSENCE\", \"description\": \"In school every day\", \"measure\": \"95% attendance\", \"targetDate\": \"2026-04-01\"}")
                .post("/api/plans/{id}/goals", planId).then().statusCode(201).extract().path("id");
        String actionId = given().auth().oauth2(teacher).contentType(ContentType.JSON)
                .body("{\"description\": \"Walk to school together\", \"owner\": {\"name\": \"Beth\", \"agency\": \"family\"}, \"dueDate\": \"2026-01-10\"}")
                .post("/api/plans/{id}/goals/{goalId}/actions", planId, goalId).then().statusCode(201).extract().path("id");
        given().auth().oauth2(teacher).contentType(ContentType.JSON).body("""
                {"members": [{"userId": "hv", "name": "Hannah Visitor", "agency": "health", "role": "Health visitor"}]}""")
                .put("/api/plans/{id}/team", planId).then().statusCode(200);
        given().auth().oauth2(hv).get("/api/plans/{id}", planId).then().statusCode(200)
                .body("team.userId", hasItem("hv"))
                .body("goals.find { it.id == '%s' }.actions[0].description".formatted(goalId), equalTo("Walk to school together"));

        // the two goals drafted from the assessment's needs are made SMART (a measure, a target date) before the initial review
        List<String> drafted = given().auth().oauth2(teacher).get("/api/plans/{id}", planId).then()
                .extract().path("goals.findAll { it.draft }.id");
        assertThat(drafted).hasSize(2);
        for (String draft : drafted) {
            given().auth().oauth2(teacher).contentType(ContentType.JSON)
                    .body("{\"measure\": \"Agreed at the review\", \"targetDate\": \"2026-04-01\"}")
                    .patch("/api/plans/{id}/goals/{g}", planId, draft).then().statusCode(200).body("draft", equalTo(false));
        }

        // review held: progress on every action (without it the outcome is 422), CONTINUE, the next review six weeks on
        String firstReview = given().auth().oauth2(teacher).get("/api/plans/{id}", planId).then().extract().path("nextReview.id");
        given().auth().oauth2(teacher).contentType(ContentType.JSON)
                .body("{\"heldOn\": \"2026-01-12\", \"attendees\": [\"teacher\"], \"decision\": \"CONTINUE\"}")
                .post("/api/plans/{id}/reviews/{r}/outcome", planId, firstReview).then().statusCode(422)
                .body("rule", equalTo("progress-on-every-action"));
        given().auth().oauth2(teacher).contentType(ContentType.JSON).body("""
                {"heldOn": "2026-01-12", "attendees": ["teacher", "hv", "Beth"], "decision": "CONTINUE",
                 "actionProgress": [{"actionId": "%s", "status": "IN_PROGRESS", "note": "Most days"}],
                 "childAndFamilyViews": "Amy likes walking with her mum"}""".formatted(actionId))
                .post("/api/plans/{id}/reviews/{r}/outcome", planId, firstReview).then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("nextReview.dueBy", equalTo("2026-02-23"))
                // the revised plan is due 10 working days after the review
                .body("revisedPlanDueBy", equalTo("2026-01-26"));

        // review held: STEP_UP — a draft referral appears for the lead professional, who submits it
        String secondReview = given().auth().oauth2(teacher).get("/api/plans/{id}", planId).then().extract().path("nextReview.id");
        given().auth().oauth2(teacher).contentType(ContentType.JSON).body("""
                {"heldOn": "2026-01-13", "attendees": ["teacher", "Beth"], "decision": "STEP_UP",
                 "childAndFamilyViews": "Beth asks for more help",
                 "actionProgress": [{"actionId": "%s", "status": "NOT_STARTED", "note": "Stopped"}]}""".formatted(actionId))
                .post("/api/plans/{id}/reviews/{r}/outcome", planId, secondReview).then().statusCode(200).body("status", equalTo("ACTIVE"));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                given().auth().oauth2(teacher).queryParam("planId", planId).queryParam("status", "DRAFT").get("/api/referrals")
                        .then().statusCode(200).body("total", equalTo(1)));
        String referralId = given().auth().oauth2(teacher).queryParam("planId", planId).get("/api/referrals").then()
                .body("items[0].leadProfessionalUserId", equalTo("teacher")).body("items[0].familyId", equalTo(familyId))
                .extract().path("items[0].id");
        given().auth().oauth2(teacher).contentType(ContentType.JSON).body("""
                {"childMemberIds": ["%s"], "concerns": "Neglect: no food in the house on two visits", "significantHarm": false,
                 "familyConsented": true, "earlyHelpSoFar": "Family plan since December, two reviews", "referredOn": "2026-01-14"}"""
                .formatted(child))
                .post("/api/referrals/{id}/submission", referralId).then().statusCode(200).body("status", equalTo("SUBMITTED"))
                .body("referredOn", equalTo("2026-01-14"));
        // CSC's front door (the area's social workers) hears of it
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(Inbox.typesFor(sw, planId)).contains("STEP_UP_REFERRAL"));

        // CSC decides a child in need assessment and asks early help to stop: the plan closes, the referrer hears
        given().auth().oauth2(sw).contentType(ContentType.JSON)
                .body("{\"decision\": \"CHILD_IN_NEED_S17\", \"decidedOn\": \"2026-01-20\", \"earlyHelpContinues\": false}")
                .post("/api/referrals/{id}/decision", referralId).then().statusCode(200).body("status", equalTo("DECIDED"));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                given().auth().oauth2(teacher).get("/api/plans/{id}", planId).then().statusCode(200)
                        .body("status", equalTo("CLOSED")).body("closure.reason", equalTo("STEPPED_UP_TO_CSC"))
                        .body("closure.agreedOn", equalTo("2026-01-20")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(Inbox.typesFor(teacher, planId)).contains("STEP_UP_DECISION", "PLAN_CLOSED"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(Inbox.typesFor(ehteam, planId)).contains("PLAN_OPENED", "PLAN_CLOSED"));

        // CSC steps the family down again: proposed on 9 March 2026, accepted on Monday 23 March 2026, first review on the
        // 20th working day after the acceptance (Good Friday and Easter Monday skipped), the carried-over goal on the new plan
        String stepDownId = StepDowns.propose(sw, familyId, child);
        given().auth().oauth2(sw).get("/api/step-downs/{id}", stepDownId).then().statusCode(200)
                .body("proposedOn", equalTo(StepDowns.PROPOSED_ON));
        String newPlanId = StepDowns.acceptAndAwaitPlan("whole-pathway", teacher, stepDownId, StepDowns.ACCEPTED_ON);
        given().auth().oauth2(teacher).get("/api/plans/{id}", newPlanId).then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("familyId", equalTo(familyId)).body("origin", equalTo("STEP_DOWN"))
                .body("openedOn", equalTo(StepDowns.ACCEPTED_ON))
                .body("goals[0].description", equalTo("Back in school every day"))
                .body("goals[0].targetDate", equalTo(StepDowns.CARRIED_GOAL_TARGET))
                .body("nextReview.kind", equalTo("INITIAL")).body("nextReview.dueBy", equalTo(StepDowns.INITIAL_REVIEW_DUE));
        given().auth().oauth2(teacher).queryParam("familyId", familyId).get("/api/plans").then().body("total", equalTo(2));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(Inbox.typesFor(teacher, newPlanId)).contains("PLAN_OPENED", "REVIEW_SCHEDULED"));

        // the new plan's review on 16 April 2026 (next one six weeks on, the revised plan 10 working days on), then closure
        // with outcomes achieved on 20 July 2026
        String carriedGoal = given().auth().oauth2(teacher).get("/api/plans/{id}", newPlanId).then().extract().path("goals[0].id");
        String newReview = given().auth().oauth2(teacher).get("/api/plans/{id}", newPlanId).then().extract().path("nextReview.id");
        given().auth().oauth2(teacher).contentType(ContentType.JSON)
                .body("{\"heldOn\": \"2026-04-16\", \"attendees\": [\"teacher\", \"Beth\"], \"decision\": \"CONTINUE\", \"childAndFamilyViews\": \"Amy is proud\"}")
                .post("/api/plans/{id}/reviews/{r}/outcome", newPlanId, newReview).then().statusCode(200)
                .body("nextReview.dueBy", equalTo("2026-05-28")).body("revisedPlanDueBy", equalTo("2026-04-30"));
        given().auth().oauth2(teacher).contentType(ContentType.JSON)
                .body("""
                        {"reason": "OUTCOMES_ACHIEVED", "agreedOn": "2026-07-20", "summary": "Attendance back to 96%%",
                         "goalOutcomes": [{"goalId": "%s", "outcome": "ACHIEVED", "note": "96%% since Easter"}]}""".formatted(carriedGoal))
                .post("/api/plans/{id}/closure", newPlanId).then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("closure.reason", equalTo("OUTCOMES_ACHIEVED"))
                .body("closure.agreedOn", equalTo("2026-07-20"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(Inbox.typesFor(teacher, newPlanId)).contains("PLAN_CLOSED"));

        // the family's timeline: every service's part, with the teacher's own token, in date order
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(teacher).get("/api/families/{id}/timeline", familyId)
                .then().statusCode(200).body("missing", hasSize(0))
                .body("items.type", hasItems("FAMILY_REGISTERED", "CONSENT_GIVEN", "ASSESSMENT_STARTED", "ASSESSMENT_COMPLETED",
                        "PLAN_OPENED", "GOAL_ADDED", "REVIEW_HELD", "REFERRAL_DRAFTED", "REFERRAL_SUBMITTED", "REFERRAL_DECIDED",
                        "STEP_DOWN_PROPOSED", "STEP_DOWN_ACCEPTED", "PLAN_CLOSED", "NOTIFICATION"))
                .body("items.findAll { it.type == 'PLAN_CLOSED' }", hasSize(2))
                .body("items.service", hasItems("assessment-service", "plan-service", "referral-service", "notification-service")));
        List<String> at = given().auth().oauth2(teacher).get("/api/families/{id}/timeline", familyId).then().extract().path("items.at");
        assertThat(at).isSortedAccordingTo(Comparator.comparing(Instant::parse));
    }
}
