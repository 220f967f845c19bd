package org.earlyhelp.plan.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.earlyhelp.localstack.TestTokens;
import org.earlyhelp.plan.review.ReviewReminders;
import org.earlyhelp.plan.timescales.AreaTimescales;
import org.earlyhelp.plan.timescales.Timescales;
import org.earlyhelp.platform.audit.AuditTrail;
import org.earlyhelp.platform.outbox.OutboxMessage;
import org.earlyhelp.platform.time.RecordedDates;
import org.earlyhelp.platform.web.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * {@code POST /api/plans/{id}/reviews/{reviewId}/reschedule} (issue 18): an open review due on another day, with a reason,
 * within 12 weeks of the last review held (or the opening); the reminders follow the new date. Dated from the platform's today.
 */
@QuarkusTest
class ReviewRescheduleTest {

    static final String PATH = "/api/plans/{id}/reviews/{r}/reschedule";

    @Inject
    EntityManager entityManager;
    @Inject
    Clock clock;
    @Inject
    AreaTimescales timescales;
    @Inject
    ReviewReminders reminders;
    @Inject
    AuditTrail audit;

    LocalDate today;
    Timescales area;

    @BeforeEach
    void days() {
        today = RecordedDates.today(clock);
        area = timescales.forArea(TestTokens.DEFAULT_AREA);
    }

    record Fixture(UUID familyId, String planId, String reviewId, LocalDate openedOn) {
    }

    /** A manual plan led by the teacher, opened on {@code openedOn} with one SMART goal, hal in its team. */
    Fixture openOn(LocalDate openedOn) {
        UUID familyId = ManualPlanTest.familyKnownToSchoolAndHealth();
        String body = """
                {"familyId": "%s", "openedOn": "%s",
                 "leadProfessional": {"userId": "teacher", "name": "Tess Teacher", "agency": "school", "role": "DSL"},
                 "goals": [{"needIndicator": "BOUNDARIES_AND_ROUTINES", "description": "Calm bedtimes", "measure": "Asleep by 8pm", "targetDate": "%s"}]}
                """.formatted(familyId, openedOn, openedOn.plusDays(71));
        var plan = given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(body).post("/api/plans").then().statusCode(201).extract();
        String planId = plan.path("id");
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(LivingPlanTest.HAL).put("/api/plans/{id}/team", planId)
                .then().statusCode(200);
        return new Fixture(familyId, planId, plan.path("nextReview.id"), openedOn);
    }

    static ValidatableResponse reschedule(String token, String body, String ifMatch, String planId, String reviewId) {
        return LivingPlanTest.write(token, "POST", body, ifMatch, PATH, planId, reviewId);
    }

    static String body(LocalDate dueBy, String reason) {
        return "{\"dueBy\": \"" + dueBy + "\", \"reason\": \"" + reason + "\"}";
    }

    ValidatableResponse reviews(String planId) {
        return given().auth().oauth2(TestTokens.teacher()).get("/api/plans/{id}/reviews", planId).then().statusCode(200);
    }

    List<OutboxMessage> published(String ceType, String id) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("from OutboxMessage where type = :type and payload like :id order by position", OutboxMessage.class)
                .setParameter("type", ceType).setParameter("id", "%" + id + "%").getResultList());
    }

    @Test
    @DisplayName("a reschedule with If-Match answers 200 with the plan (nextReview.dueBy moved) and its new ETag; the history, the timeline and the audit record it; ReviewScheduled is raised again with the new dueBy, never the reason")
    void aReviewIsRescheduled() {
        Fixture f = openOn(today.minusDays(10));
        LocalDate due = area.initialReviewDue(f.openedOn());
        LocalDate newDue = due.plusDays(7);
        String before = LivingPlanTest.etag(f.planId());
        var answer = reschedule(TestTokens.teacher(), body(newDue, "Mum is in hospital that week"), before, f.planId(), f.reviewId())
                .statusCode(200).body("id", equalTo(f.planId())).body("nextReview.id", equalTo(f.reviewId()))
                .body("nextReview.dueBy", equalTo(newDue.toString())).extract();
        assertThat(answer.header("ETag")).isNotEqualTo(before).isEqualTo(LivingPlanTest.etag(f.planId()));
        reviews(f.planId()).body("items[0].dueBy", equalTo(newDue.toString())).body("items[0].status", equalTo("SCHEDULED"));

        LivingPlanTest.history(f.planId()).body("total", equalTo(1)).body("items[0].kind", equalTo("REVIEW_RESCHEDULED"))
                .body("items[0].reviewId", equalTo(f.reviewId())).body("items[0].goalId", nullValue())
                .body("items[0].fields", contains("dueBy")).body("items[0].before.dueBy", equalTo(due.toString()))
                .body("items[0].after.dueBy", equalTo(newDue.toString())).body("items[0].reason", equalTo("Mum is in hospital that week"))
                .body("items[0].by", equalTo("teacher"));
        given().auth().oauth2(TestTokens.teacher()).queryParam("familyId", f.familyId()).get("/api/timeline").then().statusCode(200)
                .body("items.find { it.type == 'REVIEW_RESCHEDULED' }.ref", equalTo("plan/" + f.planId() + "/reviews/" + f.reviewId()))
                .body("items.find { it.type == 'REVIEW_RESCHEDULED' }.summary", equalTo("Review rescheduled to " + newDue));
        assertThat(audit.ofFamily(TestTokens.DEFAULT_AREA, f.familyId(), PageRequest.of(0, 50)).items())
                .extracting(e -> e.action).contains("plan.review-rescheduled");

        List<OutboxMessage> scheduled = published("earlyhelp.plan.review-scheduled.v1", f.reviewId());
        assertThat(scheduled).hasSize(2);
        assertThat(scheduled.get(1).payload).contains("\"dueBy\":\"" + newDue + "\"").doesNotContain("hospital");
        assertThat(scheduled.get(1).recordKey).isEqualTo(f.familyId().toString());
    }

    @Test
    @DisplayName("a reschedule without a reason is 422 reschedule-with-a-reason; without dueBy 400; before the opening 422 review-due-after-last-review; more than 12 weeks on 422 review-within-12-weeks (exactly 12 taken); stale 412; unknown review 404; nothing changed")
    void aRescheduleKeepsTheRules() {
        Fixture f = openOn(today.minusDays(10));
        LocalDate due = area.initialReviewDue(f.openedOn());
        reschedule(TestTokens.teacher(), "{\"dueBy\": \"" + due.plusDays(1) + "\"}", null, f.planId(), f.reviewId())
                .statusCode(422).contentType("application/problem+json").body("rule", equalTo("reschedule-with-a-reason"));
        reschedule(TestTokens.teacher(), body(due.plusDays(1), " "), null, f.planId(), f.reviewId())
                .statusCode(422).body("rule", equalTo("reschedule-with-a-reason"));
        reschedule(TestTokens.teacher(), "{\"reason\": \"r\"}", null, f.planId(), f.reviewId()).statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("dueBy"));
        reschedule(TestTokens.teacher(), "{\"dueBy\": \"" + due.plusDays(1) + "\", \"reason\": \"" + "x".repeat(2001) + "\"}", null, f.planId(),
                f.reviewId()).statusCode(400).body("errors.field", hasItem("reason"));
        PlanDatesTest.refused(reschedule(TestTokens.teacher(), body(f.openedOn().minusDays(1), "r"), null, f.planId(), f.reviewId()),
                "review-due-after-last-review", "dueBy");
        PlanDatesTest.refused(reschedule(TestTokens.teacher(), body(f.openedOn().plusDays(85), "r"), null, f.planId(), f.reviewId()),
                "review-within-12-weeks", "dueBy");
        String stale = LivingPlanTest.etag(f.planId());
        reschedule(TestTokens.teacher(), body(f.openedOn().plusDays(84), "The family asked for later"), stale, f.planId(), f.reviewId())
                .statusCode(200).body("nextReview.dueBy", equalTo(f.openedOn().plusDays(84).toString()));
        reschedule(TestTokens.teacher(), body(due, "Back again"), stale, f.planId(), f.reviewId()).statusCode(412);
        reschedule(TestTokens.teacher(), body(due, "r"), null, f.planId(), UUID.randomUUID().toString()).statusCode(404);
        reviews(f.planId()).body("items[0].dueBy", equalTo(f.openedOn().plusDays(84).toString()));
        LivingPlanTest.history(f.planId()).body("total", equalTo(1));
    }

    @Test
    @DisplayName("after a review is held the next one is rescheduled within 12 weeks of it, not before it; the held review is 409 reschedule-an-open-review")
    void aRescheduleFollowsTheLastReviewHeld() {
        Fixture f = openOn(today.minusDays(100));
        LocalDate held = f.openedOn().plusDays(29);
        LivingPlanTest.write(TestTokens.teacher(), "POST", "{\"heldOn\": \"" + held + "\", \"childAndFamilyViews\": \"Calmer\", \"decision\": \"CONTINUE\"}",
                null, "/api/plans/{id}/reviews/{r}/outcome", f.planId(), f.reviewId()).statusCode(200);
        String next = LivingPlanTest.plan(f.planId()).extract().path("nextReview.id");
        PlanDatesTest.refused(reschedule(TestTokens.teacher(), body(held.minusDays(1), "r"), null, f.planId(), next),
                "review-due-after-last-review", "dueBy");
        PlanDatesTest.refused(reschedule(TestTokens.teacher(), body(held.plusDays(85), "r"), null, f.planId(), next),
                "review-within-12-weeks", "dueBy");
        reschedule(TestTokens.earlyHelpTeam(), body(held.plusDays(84), "The TAF could not meet sooner"), null, f.planId(), next).statusCode(200)
                .body("nextReview.dueBy", equalTo(held.plusDays(84).toString()));
        reschedule(TestTokens.teacher(), body(held.plusDays(10), "r"), null, f.planId(), f.reviewId()).statusCode(409)
                .contentType("application/problem+json").body("rule", equalTo("reschedule-an-open-review"));
        reviews(f.planId()).body("items[0].dueBy", equalTo(area.initialReviewDue(f.openedOn()).toString()));
    }

    @Test
    @DisplayName("a reschedule by someone who does not see the plan is 404, by a team member 403, by an auditor 403; nothing changed")
    void whoMayReschedule() {
        Fixture f = openOn(today.minusDays(10));
        LocalDate due = area.initialReviewDue(f.openedOn());
        String hal = TestTokens.token("hal", TestTokens.DEFAULT_AREA, "housing", "practitioner");
        reschedule(TestTokens.stranger(), body(due.plusDays(1), "r"), null, f.planId(), f.reviewId()).statusCode(404)
                .contentType("application/problem+json");
        reschedule(hal, body(due.plusDays(1), "r"), null, f.planId(), f.reviewId()).statusCode(403);
        reschedule(TestTokens.auditor(), body(due.plusDays(1), "r"), null, f.planId(), f.reviewId()).statusCode(403);
        reviews(f.planId()).body("items[0].dueBy", equalTo(due.toString()));
        LivingPlanTest.history(f.planId()).body("total", equalTo(0));
    }

    @Test
    @DisplayName("the reminders follow the new date: an overdue review rescheduled to a later date is SCHEDULED again, no longer overdue, and ReviewDueSoon is raised 5 working days before the new date")
    void theRemindersFollowTheNewDate() {
        // opened 40 days ago: the initial review (20 working days on) is past, and 12 weeks from the opening are still ahead
        Fixture f = openOn(today.minusDays(40));
        LocalDate due = area.initialReviewDue(f.openedOn());
        assertThat(due).isBefore(today);
        reminders.sendDue(today);
        reviews(f.planId()).body("items[0].status", equalTo("OVERDUE"));
        assertThat(published("earlyhelp.plan.review-overdue.v1", f.reviewId())).hasSize(1);

        LocalDate newDue = area.calendar().addWorkingDays(today, 8);
        reschedule(TestTokens.teacher(), body(newDue, "The family was away"), null, f.planId(), f.reviewId()).statusCode(200)
                .body("nextReview.dueBy", equalTo(newDue.toString()));
        reviews(f.planId()).body("items[0].status", equalTo("SCHEDULED")).body("items[0].dueBy", equalTo(newDue.toString()));

        reminders.sendDue(today); // 8 working days ahead: neither due soon nor overdue
        reviews(f.planId()).body("items[0].status", equalTo("SCHEDULED"));
        assertThat(published("earlyhelp.plan.review-due-soon.v1", f.reviewId())).isEmpty();
        assertThat(published("earlyhelp.plan.review-overdue.v1", f.reviewId())).hasSize(1);

        reminders.sendDue(area.calendar().subtractWorkingDays(newDue, 5));
        assertThat(published("earlyhelp.plan.review-due-soon.v1", f.reviewId())).singleElement()
                .satisfies(m -> assertThat(m.payload).contains("\"dueBy\":\"" + newDue + "\""));
        reminders.sendDue(newDue);
        reviews(f.planId()).body("items[0].status", equalTo("SCHEDULED"));
        assertThat(published("earlyhelp.plan.review-due-soon.v1", f.reviewId())).hasSize(1);
        assertThat(published("earlyhelp.plan.review-overdue.v1", f.reviewId())).hasSize(1);
    }
}
