package org.earlyhelp.plan.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.earlyhelp.localstack.TestTokens;
import org.earlyhelp.plan.timescales.AreaTimescales;
import org.earlyhelp.platform.outbox.OutboxMessage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * The revised plan shared (issue 18): {@code POST /api/plans/{id}/sharing {sharedOn, sharedWith}} after a review; the plan
 * shows {@code revisedPlan: {dueBy, sharedOn, met}}. Dated from the platform's today (plans open 100 days before it).
 */
@QuarkusTest
class RevisedPlanSharingTest {

    @Inject
    EntityManager entityManager;
    @Inject
    AreaTimescales timescales;

    record Fixture(UUID familyId, String planId) {
    }

    Fixture open() {
        UUID familyId = ManualPlanTest.familyKnownToSchoolAndHealth();
        String plan = given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(ManualPlanTest.body(familyId, ManualPlanTest.opened(71)))
                .post("/api/plans").then().statusCode(201).extract().path("id");
        return new Fixture(familyId, plan);
    }

    /** The plan's next review held on {@code heldOn}, deciding CONTINUE. */
    static void holdReview(String planId, LocalDate heldOn) {
        String review = plan(planId).extract().path("nextReview.id");
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                .body("{\"heldOn\": \"" + heldOn + "\", \"attendees\": [\"teacher\"], \"childAndFamilyViews\": \"Bedtimes are better\", "
                        + "\"decision\": \"CONTINUE\"}")
                .post("/api/plans/{id}/reviews/{r}/outcome", planId, review).then().statusCode(200);
    }

    static ValidatableResponse plan(String planId) {
        return given().auth().oauth2(TestTokens.teacher()).get("/api/plans/{id}", planId).then().statusCode(200);
    }

    static ValidatableResponse share(String token, String planId, String body, String ifMatch) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.post("/api/plans/{id}/sharing", planId).then();
    }

    static String sharing(LocalDate sharedOn) {
        return "{\"sharedOn\": \"" + sharedOn + "\", \"sharedWith\": [\"family\", \"school\"]}";
    }

    List<OutboxMessage> published(String planId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("from OutboxMessage where type = :type and payload like :id order by position", OutboxMessage.class)
                .setParameter("type", "earlyhelp.plan.revised-plan-shared.v1").setParameter("id", "%" + planId + "%").getResultList());
    }

    LocalDate dueAfter(LocalDate heldOn) {
        return timescales.forArea(TestTokens.DEFAULT_AREA).revisedPlanDue(heldOn);
    }

    @Test
    @DisplayName("POST /sharing after a review (If-Match): 201 with the plan showing revisedPlanSharedOn and revisedPlan {dueBy, sharedOn, met: true}; RevisedPlanShared published without recipients")
    void theRevisedPlanIsSharedInTime() {
        Fixture f = open();
        LocalDate heldOn = ManualPlanTest.openedOn().plusDays(29);
        holdReview(f.planId(), heldOn);
        String before = given().auth().oauth2(TestTokens.teacher()).get("/api/plans/{id}", f.planId()).then().extract().header("ETag");
        var answer = share(TestTokens.teacher(), f.planId(), sharing(heldOn.plusDays(2)), before).statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/plans/" + f.planId()))
                .body("revisedPlanDueBy", equalTo(dueAfter(heldOn).toString()))
                .body("revisedPlanSharedOn", equalTo(heldOn.plusDays(2).toString()))
                .body("revisedPlan.dueBy", equalTo(dueAfter(heldOn).toString()))
                .body("revisedPlan.sharedOn", equalTo(heldOn.plusDays(2).toString()))
                .body("revisedPlan.met", equalTo(true)).extract();
        assertThat(answer.header("ETag")).isNotEqualTo(before);
        share(TestTokens.teacher(), f.planId(), sharing(heldOn.plusDays(3)), before).statusCode(412);
        assertThat(published(f.planId())).singleElement().satisfies(m -> {
            assertThat(m.payload).contains("\"sharedOn\":\"" + heldOn.plusDays(2) + "\"")
                    .contains("\"revisedPlanDueBy\":\"" + dueAfter(heldOn) + "\"");
            assertThat(m.payload).doesNotContain("school");
            assertThat(m.recordKey).isEqualTo(f.familyId().toString());
        });
        given().auth().oauth2(TestTokens.teacher()).queryParam("familyId", f.familyId()).get("/api/timeline").then().statusCode(200)
                .body("items.type", hasItem("REVISED_PLAN_SHARED"));
    }

    @Test
    @DisplayName("sharedOn before the last review held 422 sharing-after-last-review, after today 422, sharedWith empty or too long 400; nothing kept")
    void aSharingKeepsTheRules() {
        Fixture f = open();
        LocalDate heldOn = ManualPlanTest.openedOn().plusDays(29);
        PlanDatesTest.refused(share(TestTokens.teacher(), f.planId(), sharing(ManualPlanTest.openedOn().minusDays(1)), null),
                "sharing-after-last-review", "sharedOn");
        holdReview(f.planId(), heldOn);
        PlanDatesTest.refused(share(TestTokens.teacher(), f.planId(), sharing(heldOn.minusDays(1)), null), "sharing-after-last-review", "sharedOn");
        PlanDatesTest.refused(share(TestTokens.teacher(), f.planId(), sharing(ManualPlanTest.today().plusDays(1)), null),
                "recorded-date-not-after-today", "sharedOn");
        share(TestTokens.teacher(), f.planId(), "{\"sharedOn\": \"" + heldOn + "\", \"sharedWith\": []}", null).statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("sharedWith"));
        share(TestTokens.teacher(), f.planId(), "{\"sharedOn\": \"" + heldOn + "\", \"sharedWith\": [\"" + "x".repeat(201) + "\"]}", null)
                .statusCode(400);
        share(TestTokens.teacher(), f.planId(), "{\"sharedWith\": [\"family\"]}", null).statusCode(400).body("errors.field", hasItem("sharedOn"));
        plan(f.planId()).body("revisedPlanSharedOn", nullValue()).body("revisedPlan.sharedOn", nullValue());
        assertThat(published(f.planId())).isEmpty();
    }

    @Test
    @DisplayName("the revised plan unshared after its due date shows met: false; shared late it stays false; a new review clears it for the new due date (met: null while due)")
    void aLateOrMissingSharingIsMissedAndANewReviewResetsIt() {
        Fixture f = open();
        LocalDate heldOn = ManualPlanTest.openedOn().plusDays(29);
        holdReview(f.planId(), heldOn);
        LocalDate due = dueAfter(heldOn);
        plan(f.planId()).body("revisedPlan.dueBy", equalTo(due.toString())).body("revisedPlan.sharedOn", nullValue())
                .body("revisedPlan.met", equalTo(false));
        share(TestTokens.earlyHelpTeam(), f.planId(), sharing(due.plusDays(1)), null).statusCode(201)
                .body("revisedPlan.met", equalTo(false)).body("revisedPlanSharedOn", equalTo(due.plusDays(1).toString()));

        LocalDate today = ManualPlanTest.today();
        holdReview(f.planId(), today);
        plan(f.planId()).body("revisedPlanDueBy", equalTo(dueAfter(today).toString())).body("revisedPlanSharedOn", nullValue())
                .body("revisedPlan.sharedOn", nullValue()).body("revisedPlan.met", nullValue());
    }

    @Test
    @DisplayName("sharing is written only by the lead professional or the early help team: a team member 403, someone who does not see the plan 404; nothing kept")
    void whoMayShare() {
        Fixture f = open();
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                .body("{\"members\": [{\"userId\": \"hal\", \"name\": \"Hal Housing\", \"agency\": \"housing\", \"role\": \"Housing officer\"}]}")
                .put("/api/plans/{id}/team", f.planId()).then().statusCode(200);
        String body = sharing(ManualPlanTest.openedOn().plusDays(1));
        share(TestTokens.token("hal", TestTokens.DEFAULT_AREA, "housing", "practitioner"), f.planId(), body, null).statusCode(403);
        share(TestTokens.stranger(), f.planId(), body, null).statusCode(404);
        share(TestTokens.socialWorker(), f.planId(), body, null).statusCode(403);
        assertThat(published(f.planId())).isEmpty();
        // before any review the plan may be shared too (nothing is due yet: revisedPlan absent)
        share(TestTokens.teacher(), f.planId(), body, null).statusCode(201).body("revisedPlanSharedOn", equalTo(ManualPlanTest.opened(1)))
                .body("revisedPlan", nullValue());
    }
}
