package org.earlyhelp.plan.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
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
 * Lead professional handovers (issue 18): the family's agreement recorded; a warm handover still to come is PLANNED until
 * {@code POST .../lead-professional-handovers/{handoverId}/completion {heldOn}} confirms it. Dated from the platform's today.
 */
@QuarkusTest
class HandoverCompletionTest {

    static final String TO_HV = "\"to\": {\"userId\": \"hv\", \"name\": \"Harriet Visitor\", \"agency\": \"health\", \"role\": \"Health visitor\"}";

    @Inject
    EntityManager entityManager;

    record Fixture(UUID familyId, String planId) {
    }

    Fixture open() {
        UUID familyId = ManualPlanTest.familyKnownToSchoolAndHealth();
        String plan = given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(ManualPlanTest.body(familyId, ManualPlanTest.opened(71)))
                .post("/api/plans").then().statusCode(201).extract().path("id");
        return new Fixture(familyId, plan);
    }

    static ValidatableResponse handOver(String planId, String body) {
        return given().auth().oauth2(TestTokens.earlyHelpTeam()).contentType(ContentType.JSON).body(body)
                .post("/api/plans/{id}/lead-professional-handovers", planId).then();
    }

    static ValidatableResponse complete(String token, String planId, String handoverId, String body, String ifMatch) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.post("/api/plans/{id}/lead-professional-handovers/{h}/completion", planId, handoverId).then();
    }

    static String etag(String planId) {
        return given().auth().oauth2(TestTokens.earlyHelpTeam()).get("/api/plans/{id}", planId).then().statusCode(200).extract().header("ETag");
    }

    List<OutboxMessage> published(String ceType, String id) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("from OutboxMessage where type = :type and payload like :id order by position", OutboxMessage.class)
                .setParameter("type", ceType).setParameter("id", "%" + id + "%").getResultList());
    }

    @Test
    @DisplayName("a handover without familyAgreed is 422 handover-records-family-agreement naming familyAgreed; the lead unchanged")
    void aHandoverRecordsTheFamilysAgreement() {
        Fixture f = open();
        PlanDatesTest.refused(handOver(f.planId(), "{" + TO_HV + "}"), "handover-records-family-agreement", "familyAgreed");
        given().auth().oauth2(TestTokens.teacher()).get("/api/plans/{id}", f.planId()).then().statusCode(200)
                .body("leadProfessional.userId", equalTo("teacher")).body("handovers", org.hamcrest.Matchers.hasSize(0));
        handOver(f.planId(), "{" + TO_HV + ", \"familyAgreed\": false}").statusCode(201).body("handovers[0].familyAgreed", equalTo(false));
    }

    @Test
    @DisplayName("a handover whose warm handover is past is HELD on it, one with none HELD today, one still to come PLANNED; each shows id, familyAgreed, status, heldOn")
    void aHandoverIsHeldOrPlanned() {
        Fixture f = open();
        LocalDate today = ManualPlanTest.today();
        handOver(f.planId(), "{" + TO_HV + ", \"warmHandoverOn\": \"" + ManualPlanTest.opened(10) + "\", \"familyAgreed\": true}").statusCode(201)
                .body("handovers[0].id", notNullValue()).body("handovers[0].familyAgreed", equalTo(true))
                .body("handovers[0].status", equalTo("HELD")).body("handovers[0].heldOn", equalTo(ManualPlanTest.opened(10)));
        handOver(f.planId(), "{\"to\": {\"userId\": \"teacher\", \"name\": \"Tess Teacher\", \"agency\": \"school\", \"role\": \"DSL\"}, \"familyAgreed\": true}")
                .statusCode(201).body("handovers[1].status", equalTo("HELD")).body("handovers[1].heldOn", equalTo(today.toString()))
                .body("handovers[1].warmHandoverOn", nullValue());
        handOver(f.planId(), "{" + TO_HV + ", \"warmHandoverOn\": \"" + today.plusDays(7) + "\", \"familyAgreed\": true}").statusCode(201)
                .body("handovers[2].status", equalTo("PLANNED")).body("handovers[2].heldOn", nullValue())
                .body("leadProfessional.userId", equalTo("hv"));
    }

    @Test
    @DisplayName("confirming a planned handover (If-Match): heldOn after today or before the plan opened 422, stale 412; then 200 HELD, WarmHandoverHeld published, on the timeline; again 409 handover-already-held")
    void aPlannedHandoverIsConfirmed() {
        Fixture f = open();
        LocalDate today = ManualPlanTest.today();
        String handover = handOver(f.planId(), "{" + TO_HV + ", \"warmHandoverOn\": \"" + today.plusDays(7) + "\", \"familyAgreed\": true}")
                .statusCode(201).extract().path("handovers[0].id");
        String token = TestTokens.earlyHelpTeam();
        PlanDatesTest.refused(complete(token, f.planId(), handover, "{\"heldOn\": \"" + today.plusDays(1) + "\"}", null),
                "recorded-date-not-after-today", "heldOn");
        PlanDatesTest.refused(complete(token, f.planId(), handover, "{\"heldOn\": \"" + ManualPlanTest.opened(-1) + "\"}", null),
                "handover-after-plan-opened", "heldOn");
        complete(token, f.planId(), handover, "{}", null).statusCode(400).body("errors.field", hasItem("heldOn"));
        complete(token, f.planId(), UUID.randomUUID().toString(), "{\"heldOn\": \"" + today + "\"}", null).statusCode(404);
        String before = etag(f.planId());
        complete(token, f.planId(), handover, "{\"heldOn\": \"" + today + "\"}", "\"0\"").statusCode(412);
        assertThat(published("earlyhelp.plan.warm-handover-held.v1", handover)).isEmpty();

        var answer = complete(token, f.planId(), handover, "{\"heldOn\": \"" + today.minusDays(1) + "\"}", before).statusCode(200)
                .body("id", equalTo(handover)).body("status", equalTo("HELD")).body("heldOn", equalTo(today.minusDays(1).toString()))
                .body("familyAgreed", equalTo(true)).extract();
        assertThat(answer.header("ETag")).isNotEqualTo(before).isEqualTo(etag(f.planId()));
        complete(token, f.planId(), handover, "{\"heldOn\": \"" + today + "\"}", null).statusCode(409).contentType("application/problem+json")
                .body("rule", equalTo("handover-already-held"));
        assertThat(published("earlyhelp.plan.warm-handover-held.v1", handover)).singleElement().satisfies(m -> {
            assertThat(m.payload).contains("\"heldOn\":\"" + today.minusDays(1) + "\"").contains("\"toUserId\":\"hv\"");
            assertThat(m.payload).doesNotContain("Harriet");
            assertThat(m.recordKey).isEqualTo(f.familyId().toString());
        });
        given().auth().oauth2(TestTokens.earlyHelpTeam()).queryParam("familyId", f.familyId()).get("/api/timeline").then().statusCode(200)
                .body("items.type", hasItem("WARM_HANDOVER_HELD"));
    }

    @Test
    @DisplayName("a planned handover is confirmed only by the lead professional or the early help team: a team member 403, someone who does not see the plan 404")
    void whoMayConfirmAHandover() {
        Fixture f = open();
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                .body("{\"members\": [{\"userId\": \"hal\", \"name\": \"Hal Housing\", \"agency\": \"housing\", \"role\": \"Housing officer\"}]}")
                .put("/api/plans/{id}/team", f.planId()).then().statusCode(200);
        LocalDate today = ManualPlanTest.today();
        String handover = handOver(f.planId(), "{\"to\": {\"userId\": \"ehlead\", \"name\": \"Eve Lead\", \"agency\": \"early-help\", \"role\": \"Family worker\"}, "
                + "\"warmHandoverOn\": \"" + today.plusDays(3) + "\", \"familyAgreed\": true}").statusCode(201).extract().path("handovers[0].id");
        String body = "{\"heldOn\": \"" + today + "\"}";
        complete(TestTokens.token("hal", TestTokens.DEFAULT_AREA, "housing", "practitioner"), f.planId(), handover, body, null).statusCode(403);
        complete(TestTokens.stranger(), f.planId(), handover, body, null).statusCode(404);
        complete(TestTokens.teacher(), f.planId(), handover, body, null).statusCode(404); // no longer lead, not in the team
        complete(TestTokens.auditor(), f.planId(), handover, body, null).statusCode(403);
        given().auth().oauth2(TestTokens.earlyHelpTeam()).get("/api/plans/{id}", f.planId()).then().body("handovers[0].status", equalTo("PLANNED"));
        assertThat(published("earlyhelp.plan.warm-handover-held.v1", handover)).isEmpty();
    }
}
