package org.earlyhelp.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;

import org.earlyhelp.localstack.EarlyHelpSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/** Journey 5: access by relationship, through the gateway with real Keycloak tokens. */
class AccessIT {

    static String teacher;
    static String stranger;
    static String auditor;

    @BeforeAll
    static void startTheWholeSystem() {
        EarlyHelpSystem system = RunningSystem.get();
        RestAssured.baseURI = system.gatewayUrl();
        teacher = system.keycloak().passwordToken("teacher", "teacher");
        stranger = system.keycloak().passwordToken("stranger", "stranger");
        auditor = system.keycloak().passwordToken("auditor", "auditor");
    }

    /**
     * A manual plan for a family the teacher has just registered: plan-service knows the family once assessment-service's
     * FamilyRegistered has reached it, and until then answers 404 (nothing written), so the teacher tries again.
     */
    static String planFor(String familyId) {
        String body = """
                {"familyId": "%s", "openedOn": "2026-03-23",
                 "leadProfessional": {"userId": "teacher", "name": "Tess Teacher", "agency": "school", "role": "DSL"},
                 "goals": [{"needIndicator": "BOUNDARIES_AND_ROUTINES", "description": "Calm mornings", "measure": "On time 5 days a week", "targetDate": "2026-06-01"}]}
                """.formatted(familyId);
        java.util.concurrent.atomic.AtomicReference<String> id = new java.util.concurrent.atomic.AtomicReference<>();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).pollInterval(java.time.Duration.ofMillis(100)).until(() -> {
            var answer = given().auth().oauth2(teacher).contentType(ContentType.JSON).body(body).post("/api/plans").then().extract();
            if (answer.statusCode() == 404) {
                return false;
            }
            org.assertj.core.api.Assertions.assertThat(answer.statusCode()).isEqualTo(201);
            id.set(answer.path("id"));
            return true;
        });
        return id.get();
    }

    @Test
    @DisplayName("a practitioner with no relationship to the family gets 404 on the family, its plans and its timeline, and sees none of its plans in a list")
    void strangerSeesNothing() {
        Families.Family family = Families.register(teacher);
        String planId = planFor(family.id());

        given().auth().oauth2(stranger).get("/api/families/{id}", family.id()).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(stranger).get("/api/plans/{id}", planId).then().statusCode(404);
        given().auth().oauth2(stranger).get("/api/plans/{id}/reviews", planId).then().statusCode(404);
        given().auth().oauth2(stranger).queryParam("familyId", family.id()).get("/api/plans").then().statusCode(200)
                .body("total", equalTo(0));
        given().auth().oauth2(stranger).get("/api/families/{id}/timeline", family.id()).then().statusCode(404)
                .contentType("application/problem+json");
        // the teacher, who registered the family and leads its plan, sees all three
        given().auth().oauth2(teacher).get("/api/families/{id}", family.id()).then().statusCode(200);
        given().auth().oauth2(teacher).get("/api/plans/{id}", planId).then().statusCode(200);
        given().auth().oauth2(teacher).get("/api/families/{id}/timeline", family.id()).then().statusCode(200);
    }

    @Test
    @DisplayName("an auditor reads the family's audit trail (who read what) and nothing else: the family is 404 (no relationship), its plans, timeline, referrals, step-downs, notifications and writes 403")
    void auditorReadsTheTrailOnly() {
        Families.Family family = Families.register(teacher);
        String planId = planFor(family.id());
        given().auth().oauth2(teacher).get("/api/families/{id}", family.id()).then().statusCode(200);

        given().auth().oauth2(auditor).queryParam("familyId", family.id()).get("/api/audit").then().statusCode(200)
                .body("total", greaterThan(0))
                .body("items.userId", hasItem("teacher"))
                .body("items.familyId", everyItem(equalTo(family.id())));

        // no relationship to the family: as for any stranger, its existence does not leak
        given().auth().oauth2(auditor).get("/api/families/{id}", family.id()).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(auditor).get("/api/plans/{id}", planId).then().statusCode(403);
        given().auth().oauth2(auditor).queryParam("familyId", family.id()).get("/api/plans").then().statusCode(403);
        given().auth().oauth2(auditor).get("/api/families/{id}/timeline", family.id()).then().statusCode(403);
        given().auth().oauth2(auditor).queryParam("familyId", family.id()).get("/api/referrals").then().statusCode(403);
        given().auth().oauth2(auditor).get("/api/step-downs").then().statusCode(403);
        given().auth().oauth2(auditor).get("/api/notifications").then().statusCode(403);
        given().auth().oauth2(auditor).contentType(ContentType.JSON).body("{\"reason\": \"OUTCOMES_ACHIEVED\", \"agreedOn\": \"2026-04-21\", \"summary\": \"x\"}")
                .post("/api/plans/{id}/closure", planId).then().statusCode(403);
        given().auth().oauth2(teacher).get("/api/plans/{id}", planId).then().body("status", equalTo("ACTIVE"));
    }
}
