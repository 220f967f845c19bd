package org.earlyhelp.plan.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.UUID;

import org.earlyhelp.localstack.TestTokens;
import org.earlyhelp.platform.access.FamilyCircle;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ManualPlanTest {

    @jakarta.inject.Inject
    org.earlyhelp.platform.audit.AuditTrail audit;

    @Test
    @DisplayName("a plan read or change refused to someone outside it is 404 and audited as REFUSED, with who and what")
    void refusedAttemptsAreAudited() {
        UUID familyId = familyKnownToSchoolAndHealth();
        String plan = given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(body(familyId, "2027-06-01"))
                .post("/api/plans").then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.healthVisitor()).get("/api/plans/{id}", plan).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.healthVisitor()).contentType(ContentType.JSON)
                .body("{\"needIndicator\": \"HOUSING\", \"description\": \"d\", \"measure\": \"m\", \"targetDate\": \"2027-06-01\"}")
                .post("/api/plans/{id}/goals", plan).then().statusCode(404);

        var entries = audit.ofFamily(TestTokens.DEFAULT_AREA, familyId, org.earlyhelp.platform.web.PageRequest.of(0, 50)).items();
        org.assertj.core.api.Assertions.assertThat(entries)
                .filteredOn(e -> e.outcome.equals(org.earlyhelp.platform.audit.AuditEntry.REFUSED))
                .extracting(e -> e.action, e -> e.resourceRef)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("plan.read", "plan/" + plan),
                        org.assertj.core.groups.Tuple.tuple("plan.change", "plan/" + plan));
        org.assertj.core.api.Assertions.assertThat(entries).filteredOn(e -> e.outcome.equals(org.earlyhelp.platform.audit.AuditEntry.REFUSED))
                .allSatisfy(e -> org.assertj.core.api.Assertions.assertThat(e.agency).isEqualTo("health"));
    }

    /** A family the circle already holds: registered by {@code users[0]}, its consent naming {@code agencies}. */
    static UUID familyKnownTo(List<String> users, List<String> agencies) {
        UUID familyId = UUID.randomUUID();
        FamilyCircle circle = Arc.container().instance(FamilyCircle.class).get();
        QuarkusTransaction.requiringNew().run(() -> {
            circle.addUsers(TestTokens.DEFAULT_AREA, familyId, users, familyId);
            circle.addAgencies(TestTokens.DEFAULT_AREA, familyId, agencies, UUID.randomUUID());
        });
        return familyId;
    }

    /** Registered by the teacher; the consent names the school and health. */
    static UUID familyKnownToSchoolAndHealth() {
        return familyKnownTo(List.of("teacher"), List.of("school", "health"));
    }

    static String body(UUID familyId, String goalTarget) {
        return """
                {"familyId": "%s", "openedOn": "2027-03-22",
                 "leadProfessional": {"userId": "teacher", "name": "Tess Teacher", "agency": "school", "role": "DSL"},
                 "goals": [{"needIndicator": "BOUNDARIES_AND_ROUTINES", "description": "Calm bedtimes", "measure": "Asleep by 8pm 5 nights a week", "targetDate": "%s"}]}
                """.formatted(familyId, goalTarget);
    }

    @Test
    @DisplayName("POST /api/plans opens a MANUAL plan with its goals and an initial review in 20 working days; a second for the family is 409")
    void manualPlan() {
        UUID familyId = familyKnownToSchoolAndHealth();
        String plan = given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(body(familyId, "2027-06-01"))
                .post("/api/plans").then().statusCode(201).body("origin", equalTo("MANUAL")).body("originRef", nullValue())
                .body("goals", hasSize(1)).body("nextReview.dueBy", equalTo("2027-04-21")).extract().path("id");
        given().auth().oauth2(TestTokens.earlyHelpTeam()).contentType(ContentType.JSON).body(body(familyId, "2027-06-01"))
                .post("/api/plans").then().statusCode(409).body("activePlanId", equalTo(plan));
        // someone who does not see that plan learns that there is one, not which
        String conflict = given().auth().oauth2(TestTokens.healthVisitor()).contentType(ContentType.JSON).body(body(familyId, "2027-06-01"))
                .post("/api/plans").then().statusCode(409).contentType("application/problem+json").body("activePlanId", nullValue())
                .extract().asString();
        org.assertj.core.api.Assertions.assertThat(conflict).doesNotContain(plan);
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(body(familyKnownToSchoolAndHealth(), "2027-03-01"))
                .post("/api/plans").then().statusCode(422).body("rule", equalTo("goal-is-time-bound"));
        given().auth().oauth2(TestTokens.auditor()).contentType(ContentType.JSON).body(body(familyKnownToSchoolAndHealth(), "2027-06-01"))
                .post("/api/plans").then().statusCode(403);
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body("{\"leadProfessional\": {}}")
                .post("/api/plans").then().statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItems("familyId", "leadProfessional.userId"));
    }

    @Test
    @DisplayName("POST /api/plans for a family the caller does not see, or that no service knows, is 404: no plan, no event, the refusal audited")
    void aPlanForAFamilyTheCallerDoesNotSeeIs404() {
        UUID unknown = UUID.randomUUID();
        UUID policeOnly = familyKnownTo(List.of("stranger"), List.of("police"));
        for (UUID familyId : List.of(unknown, policeOnly)) {
            given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(body(familyId, "2027-06-01"))
                    .post("/api/plans").then().statusCode(404).contentType("application/problem+json");
            given().auth().oauth2(TestTokens.earlyHelpTeam()).queryParam("familyId", familyId).get("/api/plans").then()
                    .statusCode(200).body("total", org.hamcrest.Matchers.is(0));
            org.assertj.core.api.Assertions.assertThat(audit.ofFamily(TestTokens.DEFAULT_AREA, familyId,
                    org.earlyhelp.platform.web.PageRequest.of(0, 10)).items()).extracting(e -> e.action + ":" + e.outcome)
                    .containsExactly("plan.open:REFUSED");
        }
        // no service has heard of it: not even the area's early help team may open a plan for it
        given().auth().oauth2(TestTokens.earlyHelpTeam()).contentType(ContentType.JSON).body(body(unknown, "2027-06-01"))
                .post("/api/plans").then().statusCode(404);
        // the police family is of the area: the early help team's duty covers it
        given().auth().oauth2(TestTokens.earlyHelpTeam()).contentType(ContentType.JSON).body(body(policeOnly, "2027-06-01"))
                .post("/api/plans").then().statusCode(201);
    }

    @Test
    @DisplayName("POST /api/plans/{id}/agreement records the family's agreement; before the plan opened is 422; an unknown method 400")
    void familyAgreement() {
        String plan = given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(body(familyKnownToSchoolAndHealth(), "2027-06-01"))
                .post("/api/plans").then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body("{\"agreedOn\": \"2027-03-21\", \"method\": \"WRITTEN\"}")
                .post("/api/plans/{id}/agreement", plan).then().statusCode(422);
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body("{\"agreedOn\": \"2027-03-23\", \"method\": \"TELEPATHY\"}")
                .post("/api/plans/{id}/agreement", plan).then().statusCode(400).body("errors[0].field", equalTo("method"));
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body("{\"agreedOn\": \"2027-03-23\", \"method\": \"WRITTEN\"}")
                .post("/api/plans/{id}/agreement", plan).then().statusCode(200)
                .body("familyAgreement.agreedOn", equalTo("2027-03-23")).body("familyAgreement.method", equalTo("WRITTEN"));
        given().auth().oauth2(TestTokens.stranger()).contentType(ContentType.JSON).body("{\"agreedOn\": \"2027-03-23\", \"method\": \"WRITTEN\"}")
                .post("/api/plans/{id}/agreement", plan).then().statusCode(404);
    }
}
