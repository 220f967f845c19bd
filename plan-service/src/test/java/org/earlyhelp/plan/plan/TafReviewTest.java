package org.earlyhelp.plan.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.earlyhelp.events.Professional;
import org.earlyhelp.events.assessment.AssessmentCompletedV1;
import org.earlyhelp.localstack.ServiceTestStack;
import org.earlyhelp.localstack.TestTokens;
import org.earlyhelp.localstack.TopicWriter;
import org.earlyhelp.platform.outbox.OutboxMessage;
import org.earlyhelp.platform.time.RecordedDates;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * A review is a TAF meeting (issue 18): who was invited, who came, what each contributed, significant events, the child's and
 * family's views (required), whether the family and the professionals agreed; and the initial review waits for SMART goals.
 * Plans open 100 days before the platform's today.
 */
@QuarkusTest
class TafReviewTest {

    @Inject
    EntityManager entityManager;
    @Inject
    ObjectMapper json;
    @Inject
    Clock clock;

    static final String PATH = "/api/plans/{id}/reviews/{r}/outcome";

    record Fixture(UUID familyId, String planId, String reviewId) {
    }

    Fixture open() {
        UUID familyId = ManualPlanTest.familyKnownToSchoolAndHealth();
        var plan = given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(ManualPlanTest.body(familyId, ManualPlanTest.opened(71)))
                .post("/api/plans").then().statusCode(201).extract();
        return new Fixture(familyId, plan.path("id"), plan.path("nextReview.id"));
    }

    static ValidatableResponse hold(String body, String planId, String reviewId) {
        return LivingPlanTest.write(TestTokens.teacher(), "POST", body, null, PATH, planId, reviewId);
    }

    List<OutboxMessage> published(String ceType, String id) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("from OutboxMessage where type = :type and payload like :id order by position", OutboxMessage.class)
                .setParameter("type", ceType).setParameter("id", "%" + id + "%").getResultList());
    }

    @Test
    @DisplayName("a review outcome records the TAF meeting (invited, attendees, contributions, significantEvents, agreedByFamily, agreedByProfessionals); GET reviews shows them; ReviewHeld carries none of the narrative")
    void aReviewRecordsTheTafMeeting() {
        Fixture f = open();
        hold("""
                {"heldOn": "%s", "invited": ["Tess Teacher", "Mum", "Hal Housing"], "attendees": ["Tess Teacher", "Mum"],
                 "contributions": [{"from": {"name": "Hal Housing", "agency": "housing"}, "summary": "Repairs booked for May"},
                                   {"from": {"name": "Gran"}, "summary": "Does the school run on Mondays"}],
                 "significantEvents": "A burst pipe flooded the kitchen", "childAndFamilyViews": "Sam wants his own room",
                 "agreedByFamily": true, "decision": "CONTINUE"}""".formatted(ManualPlanTest.opened(29)), f.planId(), f.reviewId())
                .statusCode(200);
        given().auth().oauth2(TestTokens.teacher()).get("/api/plans/{id}/reviews", f.planId()).then().statusCode(200)
                .body("items[0].status", equalTo("HELD"))
                .body("items[0].invited", contains("Tess Teacher", "Mum", "Hal Housing"))
                .body("items[0].attendees", contains("Tess Teacher", "Mum"))
                .body("items[0].contributions.from.name", contains("Hal Housing", "Gran"))
                .body("items[0].contributions[0].from.agency", equalTo("housing"))
                .body("items[0].contributions[1].from.agency", nullValue())
                .body("items[0].contributions[1].summary", equalTo("Does the school run on Mondays"))
                .body("items[0].significantEvents", equalTo("A burst pipe flooded the kitchen"))
                .body("items[0].childAndFamilyViews", equalTo("Sam wants his own room"))
                .body("items[0].agreedByFamily", equalTo(true))
                .body("items[0].agreedByProfessionals", nullValue())
                .body("items[1].status", equalTo("SCHEDULED")).body("items[1].invited", nullValue());
        assertThat(published("earlyhelp.plan.review-held.v1", f.reviewId())).singleElement().satisfies(m -> assertThat(m.payload)
                .doesNotContain("Hal Housing").doesNotContain("pipe").doesNotContain("Sam").doesNotContain("Repairs").doesNotContain("Gran"));
    }

    @Test
    @DisplayName("a review outcome without childAndFamilyViews, or with blank ones, is 422 child-and-family-views naming the field; the review stays SCHEDULED, no ReviewHeld")
    void theChildsAndFamilysViewsAreRequired() {
        Fixture f = open();
        String without = "{\"heldOn\": \"" + ManualPlanTest.opened(29) + "\", \"attendees\": [\"teacher\"], \"decision\": \"CONTINUE\"%s}";
        PlanDatesTest.refused(hold(without.formatted(""), f.planId(), f.reviewId()), "child-and-family-views", "childAndFamilyViews");
        PlanDatesTest.refused(hold(without.formatted(", \"childAndFamilyViews\": \"  \""), f.planId(), f.reviewId()), "child-and-family-views",
                "childAndFamilyViews");
        given().auth().oauth2(TestTokens.teacher()).get("/api/plans/{id}/reviews", f.planId()).then()
                .body("items[0].status", equalTo("SCHEDULED")).body("items[0].heldOn", nullValue());
        assertThat(published("earlyhelp.plan.review-held.v1", f.reviewId())).isEmpty();
    }

    @Test
    @DisplayName("the TAF fields are bounded: 51 invited, an invitee over 200, 31 contributions, a contribution without a name or summary, significantEvents over 4000 are 400 naming the field")
    void theTafFieldsAreBounded() {
        Fixture f = open();
        String base = "{\"heldOn\": \"" + ManualPlanTest.opened(29) + "\", \"childAndFamilyViews\": \"Views\", \"decision\": \"CONTINUE\", %s}";
        String many = String.join(", ", java.util.Collections.nCopies(51, "\"someone\""));
        hold(base.formatted("\"invited\": [" + many + "]"), f.planId(), f.reviewId()).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("invited"));
        hold(base.formatted("\"invited\": [\"" + "x".repeat(201) + "\"]"), f.planId(), f.reviewId()).statusCode(400)
                .body("errors.field", hasItem(containsString("invited")));
        String contribution = "{\"from\": {\"name\": \"Hal\"}, \"summary\": \"s\"}";
        hold(base.formatted("\"contributions\": [" + String.join(", ", java.util.Collections.nCopies(31, contribution)) + "]"), f.planId(),
                f.reviewId()).statusCode(400).body("errors.field", hasItem("contributions"));
        hold(base.formatted("\"contributions\": [{\"from\": {\"agency\": \"housing\"}, \"summary\": \"s\"}]"), f.planId(), f.reviewId())
                .statusCode(400).body("errors.field", hasItem(containsString("from.name")));
        hold(base.formatted("\"contributions\": [{\"from\": {\"name\": \"Hal\"}, \"summary\": \"" + "x".repeat(4001) + "\"}]"), f.planId(),
                f.reviewId()).statusCode(400).body("errors.field", hasItem(containsString("summary")));
        hold(base.formatted("\"significantEvents\": \"" + "x".repeat(4001) + "\""), f.planId(), f.reviewId()).statusCode(400)
                .body("errors.field", hasItem("significantEvents"));
        given().auth().oauth2(TestTokens.teacher()).get("/api/plans/{id}/reviews", f.planId()).then().body("items[0].status", equalTo("SCHEDULED"));
    }

    @Test
    @DisplayName("the initial review of a plan whose drafted goals lack a measure or a target date is 422 goals-smart-before-initial-review naming them (detail and goals: [ids]); made SMART through PATCH, it is held")
    void goalsAreSmartBeforeTheInitialReview() throws Exception {
        UUID familyId = UUID.randomUUID();
        UUID assessmentId = UUID.randomUUID();
        LocalDate completedOn = RecordedDates.today(clock).minusDays(45);
        AssessmentCompletedV1 completed = new AssessmentCompletedV1(familyId, TestTokens.DEFAULT_AREA, assessmentId, List.of(UUID.randomUUID()),
                new Professional("teacher", "Tess Teacher", "school", "DSL"),
                List.of(new AssessmentCompletedV1.IdentifiedNeed(UUID.randomUUID(), null, "HOUSING"),
                        new AssessmentCompletedV1.IdentifiedNeed(UUID.randomUUID(), null, "PERSISTENT_ABSENCE")), "EARLY_HELP", completedOn);
        try (TopicWriter writer = new TopicWriter(ServiceTestStack.kafka().bootstrapServers())) {
            writer.send("earlyhelp.assessment.events", familyId.toString(), UUID.randomUUID().toString(),
                    "earlyhelp.assessment.assessment-completed.v1", json.writeValueAsString(completed));
        }
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().auth().oauth2(TestTokens.teacher())
                .queryParam("originRef", assessmentId).get("/api/plans").then().body("total", equalTo(1)));
        var plan = given().auth().oauth2(TestTokens.teacher()).queryParam("originRef", assessmentId).get("/api/plans").then()
                .body("items[0].goals.draft", contains(true, true)).extract();
        String planId = plan.path("items[0].id");
        String housing = plan.path("items[0].goals[0].id");
        String school = plan.path("items[0].goals[1].id");
        String review = plan.path("items[0].nextReview.id");
        String body = "{\"heldOn\": \"" + completedOn.plusDays(20) + "\", \"childAndFamilyViews\": \"Mum wants the damp gone\", \"decision\": \"CONTINUE\"}";

        hold(body, planId, review).statusCode(422).contentType("application/problem+json").body("rule", equalTo("goals-smart-before-initial-review"))
                .body("goals", contains(housing, school)).body("detail", containsString(housing)).body("detail", containsString(school));
        LivingPlanTest.write(TestTokens.teacher(), "PATCH", "{\"measure\": \"No damp for 8 weeks\", \"targetDate\": \"" + completedOn.plusDays(90) + "\"}",
                null, "/api/plans/{id}/goals/{g}", planId, housing).statusCode(200).body("draft", equalTo(false));
        LivingPlanTest.write(TestTokens.teacher(), "PATCH", "{\"measure\": \"95% attendance\"}", null, "/api/plans/{id}/goals/{g}", planId, school)
                .statusCode(200).body("draft", equalTo(true));
        hold(body, planId, review).statusCode(422).body("rule", equalTo("goals-smart-before-initial-review")).body("goals", contains(school));
        given().auth().oauth2(TestTokens.teacher()).get("/api/plans/{id}/reviews", planId).then().body("items[0].status", equalTo("SCHEDULED"));

        LivingPlanTest.write(TestTokens.teacher(), "PATCH", "{\"targetDate\": \"" + completedOn.plusDays(90) + "\"}", null, "/api/plans/{id}/goals/{g}",
                planId, school).statusCode(200).body("draft", equalTo(false));
        hold(body, planId, review).statusCode(200).body("nextReview.kind", equalTo("REGULAR"));
    }
}
