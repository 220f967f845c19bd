package org.earlyhelp.containers;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * The container path's smoke test: docker-compose.yml as an operator runs it (images built from source, official
 * PostgreSQL, Kafka and Keycloak), driven through the gateway with a token from the compose Keycloak. A family is
 * registered, consents, is assessed, and the plan opens by itself from the assessment's event (assessment-service's
 * outbox, Kafka, plan-service's inbox). The calls and bodies are those of e2e-tests' WholePathwayIT.
 *
 * <p>Where no Docker engine exists (the project's build machines) the test reports itself skipped, with the reason.
 */
@EnabledIf(value = "org.earlyhelp.containers.ComposeStack#dockerAvailable", disabledReason = ComposeStack.NO_DOCKER)
class ComposePathwayIT {

    static ComposeStack stack;
    static String teacher;

    @BeforeAll
    static void startTheComposeFile() {
        stack = ComposeStack.start();
        RestAssured.baseURI = stack.gatewayUrl();
        teacher = stack.passwordToken("teacher");
    }

    @AfterAll
    static void stopIt() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @DisplayName("docker compose: register → consent → assessment completed → plan opened, through the gateway")
    void pathwaySmokeTest() {
        String surname = "Compose" + System.nanoTime();
        var family = given().auth().oauth2(teacher).contentType(ContentType.JSON).body("""
                {"area": "isle-of-wight", "familyName": "%s", "postcode": "PO30 1UD", "members": [
                  {"givenName": "Amy", "familyName": "%s", "dateOfBirth": "2015-03-02", "role": "CHILD"},
                  {"givenName": "Beth", "familyName": "%s", "dateOfBirth": "1988-07-02", "role": "PARENT"}]}
                """.formatted(surname, surname, surname)).post("/api/families").then().statusCode(201).extract();
        String familyId = family.path("id");
        String child = family.path("members[0].id");
        String parent = family.path("members[1].id");

        given().auth().oauth2(teacher).contentType(ContentType.JSON).body("""
                {"givenByMemberId": "%s", "coversMemberIds": ["%s"], "purposes": ["ASSESSMENT", "INFORMATION_SHARING"],
                 "sharedWithAgencies": ["health"], "method": "WRITTEN", "givenOn": "2025-12-01"}""".formatted(parent, child))
                .post("/api/families/{id}/consents", familyId).then().statusCode(201);

        String assessmentId = given().auth().oauth2(teacher).contentType(ContentType.JSON).body("""
                {"familyId": "%s", "childMemberIds": ["%s"], "reasonForAssessment": "Attendance has fallen",
                 "leadProfessional": {"userId": "teacher", "name": "Tess Teacher", "agency": "school", "role": "DSL"}}"""
                .formatted(familyId, child)).post("/api/assessments").then().statusCode(201).body("status", equalTo("DRAFT"))
                .extract().path("id");
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

        // the plan opens by itself, on the day the assessment was completed, one draft goal per need
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                given().auth().oauth2(teacher).queryParam("origin", "ASSESSMENT").queryParam("originRef", assessmentId)
                        .get("/api/plans").then().statusCode(200).body("total", equalTo(1)));
        given().auth().oauth2(teacher).queryParam("originRef", assessmentId).get("/api/plans").then().statusCode(200)
                .body("items[0].familyId", equalTo(familyId))
                .body("items[0].status", equalTo("ACTIVE"))
                .body("items[0].openedOn", equalTo("2025-12-15"))
                .body("items[0].goals.size()", equalTo(2))
                .body("items[0].nextReview.kind", equalTo("INITIAL"));
    }
}
