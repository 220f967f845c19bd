package org.earlyhelp.plan.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.earlyhelp.localstack.TestTokens;
import org.earlyhelp.plan.timescales.AreaTimescales;
import org.earlyhelp.platform.access.FamilyCircle;
import org.earlyhelp.platform.time.RecordedDates;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Manual plans, dated relative to the platform's today ({@code earlyhelp.clock.today} when set): they pass on any day. */
@QuarkusTest
class ManualPlanTest {

    @jakarta.inject.Inject
    org.earlyhelp.platform.audit.AuditTrail audit;
    @jakarta.inject.Inject
    AreaTimescales timescales;

    /** Today by the platform clock. */
    static LocalDate today() {
        return RecordedDates.today(Arc.container().instance(Clock.class).get());
    }

    /** The day the tests' plans opened: back-dated, so every date recorded after it (reviews, closure) is in the past too. */
    static LocalDate openedOn() {
        return today().minusDays(100);
    }

    /** {@link #openedOn()} plus {@code days}, as JSON wants it. */
    static String opened(int days) {
        return openedOn().plusDays(days).toString();
    }

    @Test
    @DisplayName("a plan read or change refused to someone outside it is 404 and audited as REFUSED, with who and what")
    void refusedAttemptsAreAudited() {
        UUID familyId = familyKnownToSchoolAndHealth();
        String plan = given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(body(familyId, opened(71)))
                .post("/api/plans").then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.healthVisitor()).get("/api/plans/{id}", plan).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.healthVisitor()).contentType(ContentType.JSON)
                .body("{\"needIndicator\": \"HOUSING\", \"description\": \"d\", \"measure\": \"m\", \"targetDate\": \"" + opened(71) + "\"}")
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

    /** A manual plan opened on {@link #openedOn()} with one goal due on {@code goalTarget}. */
    static String body(UUID familyId, String goalTarget) {
        return """
                {"familyId": "%s", "openedOn": "%s",
                 "leadProfessional": {"userId": "teacher", "name": "Tess Teacher", "agency": "school", "role": "DSL"},
                 "goals": [{"needIndicator": "BOUNDARIES_AND_ROUTINES", "description": "Calm bedtimes", "measure": "Asleep by 8pm 5 nights a week", "targetDate": "%s"}]}
                """.formatted(familyId, openedOn(), goalTarget);
    }

    @Test
    @DisplayName("POST /api/plans opens a MANUAL plan with its goals and an initial review in 20 working days; a second for the family is 409")
    void manualPlan() {
        UUID familyId = familyKnownToSchoolAndHealth();
        String plan = given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(body(familyId, opened(71)))
                .post("/api/plans").then().statusCode(201).body("origin", equalTo("MANUAL")).body("originRef", nullValue())
                .body("goals", hasSize(1)).body("openedOn", equalTo(openedOn().toString()))
                .body("nextReview.dueBy", equalTo(timescales.forArea(TestTokens.DEFAULT_AREA).initialReviewDue(openedOn()).toString()))
                .extract().path("id");
        given().auth().oauth2(TestTokens.earlyHelpTeam()).contentType(ContentType.JSON).body(body(familyId, opened(71)))
                .post("/api/plans").then().statusCode(409).body("activePlanId", equalTo(plan));
        // someone who does not see that plan learns that there is one, not which
        String conflict = given().auth().oauth2(TestTokens.healthVisitor()).contentType(ContentType.JSON).body(body(familyId, opened(71)))
                .post("/api/plans").then().statusCode(409).contentType("application/problem+json").body("activePlanId", nullValue())
                .extract().asString();
        org.assertj.core.api.Assertions.assertThat(conflict).doesNotContain(plan);
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(body(familyKnownToSchoolAndHealth(), opened(-21)))
                .post("/api/plans").then().statusCode(422).body("rule", equalTo("target-date-after-plan-opened"))
                .body("field", equalTo("targetDate"));
        given().auth().oauth2(TestTokens.auditor()).contentType(ContentType.JSON).body(body(familyKnownToSchoolAndHealth(), opened(71)))
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
            given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(body(familyId, opened(71)))
                    .post("/api/plans").then().statusCode(404).contentType("application/problem+json");
            given().auth().oauth2(TestTokens.earlyHelpTeam()).queryParam("familyId", familyId).get("/api/plans").then()
                    .statusCode(200).body("total", org.hamcrest.Matchers.is(0));
            org.assertj.core.api.Assertions.assertThat(audit.ofFamily(TestTokens.DEFAULT_AREA, familyId,
                    org.earlyhelp.platform.web.PageRequest.of(0, 10)).items()).extracting(e -> e.action + ":" + e.outcome)
                    .containsExactly("plan.open:REFUSED");
        }
        // no service has heard of it: not even the area's early help team may open a plan for it
        given().auth().oauth2(TestTokens.earlyHelpTeam()).contentType(ContentType.JSON).body(body(unknown, opened(71)))
                .post("/api/plans").then().statusCode(404);
        // the police family is of the area: the early help team's duty covers it
        given().auth().oauth2(TestTokens.earlyHelpTeam()).contentType(ContentType.JSON).body(body(policeOnly, opened(71)))
                .post("/api/plans").then().statusCode(201);
    }

    @Test
    @DisplayName("POST /api/plans/{id}/agreement records the family's agreement; before the plan opened is 422; an unknown method 400")
    void familyAgreement() {
        String plan = given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(body(familyKnownToSchoolAndHealth(), opened(71)))
                .post("/api/plans").then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(agreement(opened(-1), "WRITTEN"))
                .post("/api/plans/{id}/agreement", plan).then().statusCode(422).body("rule", equalTo("agreement-after-plan-opened"))
                .body("field", equalTo("agreedOn"));
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(agreement(opened(1), "TELEPATHY"))
                .post("/api/plans/{id}/agreement", plan).then().statusCode(400).body("errors[0].field", equalTo("method"));
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(agreement(opened(1), "WRITTEN"))
                .post("/api/plans/{id}/agreement", plan).then().statusCode(200)
                .body("familyAgreement.agreedOn", equalTo(opened(1))).body("familyAgreement.method", equalTo("WRITTEN"));
        given().auth().oauth2(TestTokens.stranger()).contentType(ContentType.JSON).body(agreement(opened(1), "WRITTEN"))
                .post("/api/plans/{id}/agreement", plan).then().statusCode(404);
    }

    static String agreement(String agreedOn, String method) {
        return "{\"agreedOn\": \"" + agreedOn + "\", \"method\": \"" + method + "\"}";
    }
}
