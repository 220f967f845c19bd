package org.earlyhelp.plan.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.earlyhelp.events.Professional;
import org.earlyhelp.events.plan.LeadProfessionalChangedV1;
import org.earlyhelp.events.plan.PlanClosedV1;
import org.earlyhelp.events.plan.ReviewHeldV1;
import org.earlyhelp.events.referral.StepDownAcceptedV1;
import org.earlyhelp.localstack.ServiceTestStack;
import org.earlyhelp.localstack.TestTokens;
import org.earlyhelp.localstack.TopicReader;
import org.earlyhelp.localstack.TopicWriter;
import org.earlyhelp.plan.timescales.AreaTimescales;
import org.earlyhelp.plan.timescales.Timescales;
import org.earlyhelp.platform.time.RecordedDates;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A plan's working life through its API: goals, actions, team, handover, reviews, closure. Its dates are counted from a
 * step-down accepted 100 days before the platform's today, so the whole life is recorded after the fact on any day.
 */
@QuarkusTest
class PlanLifecycleTest {

    @Inject
    ObjectMapper json;
    @Inject
    Clock clock;
    @Inject
    AreaTimescales timescales;

    /** The day the step-down was accepted and the plan opened. */
    LocalDate accepted() {
        return RecordedDates.today(clock).minusDays(100);
    }

    /** {@link #accepted()} plus {@code days}. */
    LocalDate day(int days) {
        return accepted().plusDays(days);
    }

    Timescales isleOfWight() {
        return timescales.forArea("isle-of-wight");
    }

    final TopicReader broker = new TopicReader(ServiceTestStack.kafka().bootstrapServers());

    /** A plan opened the way the platform opens them: from an accepted step-down on the real broker. */
    String openPlan(UUID familyId) throws Exception {
        UUID stepDown = UUID.randomUUID();
        StepDownAcceptedV1 event = new StepDownAcceptedV1(familyId, "isle-of-wight", stepDown, List.of(UUID.randomUUID()), "sw",
                new Professional("teacher", "Tess Teacher", "school", "DSL"), accepted(), List.of());
        try (TopicWriter writer = new TopicWriter(ServiceTestStack.kafka().bootstrapServers())) {
            writer.send("earlyhelp.referral.events", familyId.toString(), UUID.randomUUID().toString(),
                    "earlyhelp.referral.step-down-accepted.v1", json.writeValueAsString(event));
        }
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().auth().oauth2(TestTokens.teacher())
                .queryParam("originRef", stepDown).get("/api/plans").then().body("total", equalTo(1)));
        return given().auth().oauth2(TestTokens.teacher()).queryParam("originRef", stepDown).get("/api/plans").then()
                .extract().path("items[0].id");
    }

    @Test
    @DisplayName("goals, actions, team, handover, a CONTINUE review, a STEP_UP review, a CLOSE review, closure: each with its rules and events")
    void aPlansWorkingLife() throws Exception {
        UUID familyId = UUID.randomUUID();
        String plan = openPlan(familyId);
        String teacher = TestTokens.teacher();

        String goal = given().auth().oauth2(teacher).contentType(ContentType.JSON)
                .body("{\"needIndicator\": \"HOUSING\", \"description\": \"A dry home\", \"measure\": \"Damp treated\", \"targetDate\": \"" + day(101) + "\"}")
                .post("/api/plans/{id}/goals", plan).then().statusCode(201).header("Location", containsString("/goals/"))
                .body("needIndicator", equalTo("HOUSING")).extract().path("id");
        given().auth().oauth2(teacher).contentType(ContentType.JSON)
                .body("{\"needIndicator\": \"HOUSING\", \"description\": \"x\", \"measure\": \"y\", \"targetDate\": \"" + day(-21) + "\"}")
                .post("/api/plans/{id}/goals", plan).then().statusCode(422).body("rule", equalTo("target-date-after-plan-opened"))
                .body("field", equalTo("targetDate"));
        given().auth().oauth2(teacher).contentType(ContentType.JSON)
                .body("{\"needIndicator\": \"HOUSING\", \"description\": \"x\"}")
                .post("/api/plans/{id}/goals", plan).then().statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItems("measure", "targetDate"));

        given().auth().oauth2(teacher).contentType(ContentType.JSON)
                .body("{\"description\": \"Inspect the flat\", \"owner\": {\"name\": \"Hal Housing\", \"agency\": \"housing\"}, \"dueDate\": \"" + day(19) + "\"}")
                .post("/api/plans/{id}/goals/{g}/actions", plan, goal).then().statusCode(422).body("rule", equalTo("action-owner-in-the-team"));
        String etag = given().auth().oauth2(teacher).contentType(ContentType.JSON)
                .body("{\"members\": [{\"userId\": \"hal\", \"name\": \"Hal Housing\", \"agency\": \"housing\", \"role\": \"Housing officer\"}]}")
                .put("/api/plans/{id}/team", plan).then().statusCode(200).body("team", hasSize(1)).extract().header("ETag");
        String action = given().auth().oauth2(teacher).header("If-Match", etag).contentType(ContentType.JSON)
                .body("{\"description\": \"Inspect the flat\", \"owner\": {\"name\": \"Hal Housing\", \"agency\": \"housing\"}, \"dueDate\": \"" + day(19) + "\"}")
                .post("/api/plans/{id}/goals/{g}/actions", plan, goal).then().statusCode(201).body("status", equalTo("NOT_STARTED"))
                .extract().path("id");
        given().auth().oauth2(teacher).header("If-Match", etag).contentType(ContentType.JSON)
                .body("{\"members\": []}").put("/api/plans/{id}/team", plan).then().statusCode(412);
        given().auth().oauth2(TestTokens.stranger()).contentType(ContentType.JSON)
                .body("{\"members\": []}").put("/api/plans/{id}/team", plan).then().statusCode(404);
        given().auth().oauth2(TestTokens.auditor()).contentType(ContentType.JSON)
                .body("{\"members\": []}").put("/api/plans/{id}/team", plan).then().statusCode(403);
        // the team member now sees the plan
        given().auth().oauth2(TestTokens.token("hal", "isle-of-wight", "housing", "practitioner")).get("/api/plans/{id}", plan).then().statusCode(200);

        String initial = given().auth().oauth2(teacher).get("/api/plans/{id}/reviews", plan).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].kind", equalTo("INITIAL")).body("items[0].status", equalTo("SCHEDULED"))
                .body("items[0].dueBy", equalTo(isleOfWight().initialReviewDue(accepted()).toString())).extract().path("items[0].id");
        given().auth().oauth2(teacher).contentType(ContentType.JSON).body("""
                {"heldOn": "%s", "attendees": ["teacher", "hal", "Mum"], "childAndFamilyViews": "Happier",
                 "actionProgress": [{"actionId": "%s", "status": "IN_PROGRESS"}], "decision": "CONTINUE", "nextReviewDueBy": "%s"}"""
                .formatted(day(29), action, day(29).plusDays(85))).post("/api/plans/{id}/reviews/{r}/outcome", plan, initial)
                .then().statusCode(422).body("rule", equalTo("review-interval-at-most-12-weeks"));
        given().auth().oauth2(teacher).contentType(ContentType.JSON).body("""
                {"heldOn": "%s", "attendees": ["teacher", "hal", "Mum"], "childAndFamilyViews": "Happier",
                 "actionProgress": [{"actionId": "%s", "status": "IN_PROGRESS"}], "decision": "CONTINUE"}"""
                .formatted(day(29), action)).post("/api/plans/{id}/reviews/{r}/outcome", plan, initial)
                .then().statusCode(200).body("nextReview.kind", equalTo("REGULAR")).body("nextReview.dueBy", equalTo(day(29).plusDays(42).toString()))
                .body("revisedPlanDueBy", equalTo(isleOfWight().revisedPlanDue(day(29)).toString())).body("goals[0].actions[0].status", equalTo("IN_PROGRESS"));

        String second = given().auth().oauth2(teacher).get("/api/plans/{id}", plan).then().extract().path("nextReview.id");
        given().auth().oauth2(teacher).contentType(ContentType.JSON).body("""
                {"heldOn": "%s", "childAndFamilyViews": "Worried", "actionProgress": [{"actionId": "%s", "status": "DONE"}], "decision": "STEP_UP"}"""
                .formatted(day(64), action)).post("/api/plans/{id}/reviews/{r}/outcome", plan, second)
                .then().statusCode(200).body("status", equalTo("ACTIVE"));

        given().auth().oauth2(teacher).contentType(ContentType.JSON).body("""
                {"to": {"userId": "hv", "name": "Harriet Visitor", "agency": "health", "role": "Health visitor"},
                 "warmHandoverOn": "%s", "note": "Met Mum together at the clinic", "familyAgreed": true}""".formatted(day(66)))
                .post("/api/plans/{id}/lead-professional-handovers", plan).then().statusCode(201)
                .body("leadProfessional.userId", equalTo("hv")).body("handovers[0].from", equalTo("teacher"));
        given().auth().oauth2(teacher).get("/api/plans/{id}", plan).then().statusCode(404);
        String hv = TestTokens.healthVisitor();

        String third = given().auth().oauth2(hv).get("/api/plans/{id}", plan).then().extract().path("nextReview.id");
        given().auth().oauth2(hv).contentType(ContentType.JSON).body("""
                {"heldOn": "%s", "childAndFamilyViews": "Settled", "actionProgress": [{"actionId": "%s", "status": "DONE"}], "decision": "CLOSE"}"""
                .formatted(day(90), action)).post("/api/plans/{id}/reviews/{r}/outcome", plan, third)
                .then().statusCode(200).body("closure.summaryDueBy", equalTo(isleOfWight().closureSummaryDue(day(90)).toString())).body("nextReview", org.hamcrest.Matchers.nullValue());
        given().auth().oauth2(hv).contentType(ContentType.JSON)
                .body("{\"reason\": \"OUTCOMES_ACHIEVED\", \"agreedOn\": \"" + day(90) + "\", \"summary\": \"Dry home, attendance back to 96%\", "
                        + "\"goalOutcomes\": [{\"goalId\": \"" + goal + "\", \"outcome\": \"ACHIEVED\"}]}")
                .post("/api/plans/{id}/closure", plan).then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("closure.reason", equalTo("OUTCOMES_ACHIEVED"));
        given().auth().oauth2(hv).contentType(ContentType.JSON)
                .body("{\"needIndicator\": \"HOUSING\", \"description\": \"x\", \"measure\": \"y\", \"targetDate\": \"" + day(163) + "\"}")
                .post("/api/plans/{id}/goals", plan).then().statusCode(409);
        given().auth().oauth2(hv).get("/api/plans/{id}/reviews", plan).then()
                .body("items.status", org.hamcrest.Matchers.contains("HELD", "HELD", "HELD"));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(broker.recordsFor("earlyhelp.plan.events", familyId.toString())
                .stream().map(r -> TopicReader.header(r, "ce_type").replace("earlyhelp.plan.", "").replace(".v1", "")).toList())
                .containsExactly("plan-opened", "review-scheduled", "review-held", "review-scheduled", "review-held", "review-scheduled",
                        "lead-professional-changed", "review-held", "goal-outcome-recorded", "plan-closed"));
        assertThat(broker.recordsFor("earlyhelp.plan.events", familyId.toString()))
                .allSatisfy(r -> assertThat(r.value()).doesNotContain("Happier", "A dry home", "attendance back", "Met Mum"));
        assertThat(broker.recordsFor("earlyhelp.plan.events", familyId.toString()).stream()
                .filter(r -> TopicReader.header(r, "ce_type").contains("review-held")).map(r -> r.value()).toList())
                .anyMatch(v -> v.contains("\"decision\":\"STEP_UP\""));
        // issue 20: what reporting needs, as codes and dates
        assertThat(published(familyId, "review-held", ReviewHeldV1.class)).extracting(ReviewHeldV1::kind, ReviewHeldV1::decision,
                ReviewHeldV1::closureDueBy).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("INITIAL", "CONTINUE", null),
                        org.assertj.core.groups.Tuple.tuple("REGULAR", "STEP_UP", null),
                        org.assertj.core.groups.Tuple.tuple("REGULAR", "CLOSE", isleOfWight().closureSummaryDue(day(90))));
        assertThat(published(familyId, "lead-professional-changed", LeadProfessionalChangedV1.class)).singleElement().satisfies(e -> {
            assertThat(e.warmHandoverOn()).isEqualTo(day(66));
            assertThat(e.changedOn()).isEqualTo(day(66));
        });
        assertThat(published(familyId, "plan-closed", PlanClosedV1.class)).singleElement().satisfies(e -> {
            assertThat(e.goals()).isEqualTo(1);
            assertThat(e.goalsAchieved()).isEqualTo(1);
        });
        given().auth().oauth2(hv).get("/api/plans/{id}", plan).then().header("ETag", notNullValue());
    }

    /** The family's events of this type (earlyhelp.plan.{@code type}.v1) as they crossed the broker, in order. */
    <T> List<T> published(UUID familyId, String type, Class<T> record) {
        return broker.recordsFor("earlyhelp.plan.events", familyId.toString()).stream()
                .filter(r -> ("earlyhelp.plan." + type + ".v1").equals(TopicReader.header(r, "ce_type"))).map(r -> {
                    try {
                        return json.readValue(r.value(), record);
                    } catch (java.io.IOException e) {
                        throw new AssertionError(e);
                    }
                }).toList();
    }

    void send(UUID familyId, String type, Object event) throws Exception {
        try (TopicWriter writer = new TopicWriter(ServiceTestStack.kafka().bootstrapServers())) {
            String topic = type.startsWith("earlyhelp.assessment") ? "earlyhelp.assessment.events" : "earlyhelp.referral.events";
            writer.send(topic, familyId.toString(), UUID.randomUUID().toString(), type, json.writeValueAsString(event));
        }
    }

    @Test
    @DisplayName("CSC's decision: early help continuing leaves the plan active; early help stopping closes it STEPPED_UP_TO_CSC; a withdrawn consent flags it")
    void decisionsFromOtherServices() throws Exception {
        UUID familyId = UUID.randomUUID();
        String plan = openPlan(familyId);
        send(familyId, "earlyhelp.assessment.consent-withdrawn.v1",
                new org.earlyhelp.events.assessment.ConsentWithdrawnV1(familyId, "isle-of-wight", UUID.randomUUID(), day(11)));
        send(familyId, "earlyhelp.referral.step-up-decision-recorded.v1", new org.earlyhelp.events.referral.StepUpDecisionRecordedV1(
                familyId, "isle-of-wight", UUID.randomUUID(), UUID.fromString(plan), "CHILD_IN_NEED_S17", day(12), true, "teacher", "teacher"));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().auth().oauth2(TestTokens.teacher()).get("/api/plans/{id}", plan)
                .then().body("consentWithdrawnOn", equalTo(day(11).toString())));
        given().auth().oauth2(TestTokens.teacher()).get("/api/plans/{id}", plan).then().body("status", equalTo("ACTIVE"));

        send(familyId, "earlyhelp.referral.step-up-decision-recorded.v1", new org.earlyhelp.events.referral.StepUpDecisionRecordedV1(
                familyId, "isle-of-wight", UUID.randomUUID(), UUID.fromString(plan), "CHILD_PROTECTION_S47", day(18), false, "teacher", "teacher"));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().auth().oauth2(TestTokens.teacher()).get("/api/plans/{id}", plan)
                .then().body("status", equalTo("CLOSED")).body("closure.reason", equalTo("STEPPED_UP_TO_CSC"))
                .body("closure.agreedOn", equalTo(day(18).toString())));
    }

    @Test
    @DisplayName("caseload: leadProfessional=me&status=ACTIVE&reviewDueBefore= lists the caller's plans with a review due before the date")
    void caseload() throws Exception {
        String lead = "lead-" + UUID.randomUUID().toString().substring(0, 8);
        UUID familyId = UUID.randomUUID();
        UUID stepDown = UUID.randomUUID();
        send(familyId, "earlyhelp.referral.step-down-accepted.v1", new StepDownAcceptedV1(familyId, "isle-of-wight", stepDown, List.of(), "sw",
                new Professional(lead, "Lee Lead", "school", "DSL"), accepted(), List.of()));
        LocalDate due = isleOfWight().initialReviewDue(accepted());
        String token = TestTokens.token(lead, "isle-of-wight", "school", "practitioner");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().auth().oauth2(token)
                .queryParam("leadProfessional", "me").queryParam("status", "ACTIVE").get("/api/plans").then().body("total", equalTo(1)));
        given().auth().oauth2(token).queryParam("leadProfessional", "me").queryParam("status", "ACTIVE").queryParam("reviewDueBefore", due.plusDays(1).toString())
                .get("/api/plans").then().body("total", equalTo(1)).body("items[0].nextReview.dueBy", equalTo(due.toString()));
        given().auth().oauth2(token).queryParam("leadProfessional", "me").queryParam("reviewDueBefore", due.toString())
                .get("/api/plans").then().body("total", equalTo(0));
        given().auth().oauth2(token).queryParam("reviewDueBefore", "21/04/2027").get("/api/plans")
                .then().statusCode(400).body("errors[0].field", equalTo("reviewDueBefore"));
    }

    @Test
    @DisplayName("writes by role: a team member who is not the lead reads but may not change the plan (403); the early help team hands over and holds reviews")
    void writesByRole() throws Exception {
        String plan = openPlan(UUID.randomUUID());
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                .body("{\"members\": [{\"userId\": \"hal\", \"name\": \"Hal Housing\", \"agency\": \"housing\", \"role\": \"Housing officer\"}]}")
                .put("/api/plans/{id}/team", plan).then().statusCode(200);
        String hal = TestTokens.token("hal", "isle-of-wight", "housing", "practitioner");
        given().auth().oauth2(hal).get("/api/plans/{id}", plan).then().statusCode(200);
        given().auth().oauth2(hal).contentType(ContentType.JSON)
                .body("{\"needIndicator\": \"HOUSING\", \"description\": \"x\", \"measure\": \"y\", \"targetDate\": \"" + day(71) + "\"}")
                .post("/api/plans/{id}/goals", plan).then().statusCode(403);
        given().auth().oauth2(hal).contentType(ContentType.JSON)
                .body("{\"reason\": \"OTHER\", \"agreedOn\": \"" + day(10) + "\", \"summary\": \"x\"}")
                .post("/api/plans/{id}/closure", plan).then().statusCode(403);
        given().auth().oauth2(TestTokens.socialWorker()).get("/api/plans/{id}", plan).then().statusCode(404);

        String review = given().auth().oauth2(TestTokens.earlyHelpTeam()).get("/api/plans/{id}/reviews", plan).then()
                .extract().path("items[0].id");
        given().auth().oauth2(TestTokens.earlyHelpTeam()).contentType(ContentType.JSON)
                .body("{\"heldOn\": \"" + day(29) + "\", \"childAndFamilyViews\": \"Calmer\", \"decision\": \"CONTINUE\", \"nextReviewDueBy\": \"" + day(29).plusDays(84) + "\"}")
                .post("/api/plans/{id}/reviews/{r}/outcome", plan, review).then().statusCode(200)
                .body("nextReview.dueBy", equalTo(day(29).plusDays(84).toString()));
        given().auth().oauth2(TestTokens.earlyHelpTeam()).contentType(ContentType.JSON)
                .body("{\"to\": {\"userId\": \"hv\", \"name\": \"Harriet Visitor\", \"agency\": \"health\", \"role\": \"Health visitor\"}, \"familyAgreed\": true}")
                .post("/api/plans/{id}/lead-professional-handovers", plan).then().statusCode(201).body("leadProfessional.userId", equalTo("hv"));
        given().auth().oauth2(TestTokens.auditor()).contentType(ContentType.JSON)
                .body("{\"reason\": \"OTHER\", \"agreedOn\": \"" + day(10) + "\", \"summary\": \"x\"}")
                .post("/api/plans/{id}/closure", plan).then().statusCode(403);
    }
}
