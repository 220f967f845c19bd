package org.earlyhelp.assessment.reference;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import org.earlyhelp.localstack.TestTokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ReferenceResourceTest {

    @Test
    @DisplayName("GET /api/reference/need-indicators lists every code of domain.md with a label")
    void listsTheVocabulary() {
        given().auth().oauth2(TestTokens.teacher()).get("/api/reference/need-indicators").then().statusCode(200)
                .body("total", equalTo(33))
                .body("items.code", hasItem("PERSISTENT_ABSENCE"))
                .body("items.find { it.code == 'DOMESTIC_ABUSE' }.label", equalTo("Domestic abuse"));
    }

    @Test
    @DisplayName("the need indicators issue 19 adds are listed, each with its Supporting Families headline; OTHER has none")
    void newNeedsWithTheirHeadlines() {
        given().auth().oauth2(TestTokens.teacher()).get("/api/reference/need-indicators").then().statusCode(200)
                .body("items.find { it.code == 'NEGLECT' }.headline", equalTo("SAFE_FROM_ABUSE_AND_EXPLOITATION"))
                .body("items.find { it.code == 'NOT_IN_EDUCATION_EMPLOYMENT_OR_TRAINING' }.headline", equalTo("FINANCIAL_STABILITY"))
                .body("items.find { it.code == 'CHILD_ON_CHILD_ABUSE' }.headline", equalTo("SAFE_FROM_ABUSE_AND_EXPLOITATION"))
                .body("items.find { it.code == 'CRIMINAL_BEHAVIOUR_IN_FAMILY' }.headlineLabel", equalTo("Crime prevention and tackling crime"))
                .body("items.find { it.code == 'PERSISTENT_ABSENCE' }.headlineLabel", equalTo("Getting a good education"))
                .body("items.find { it.code == 'OTHER' }.headline", nullValue());
    }

    @Test
    @DisplayName("GET /api/reference/supporting-families-headlines lists the programme's ten headline outcomes")
    void theTenHeadlines() {
        given().auth().oauth2(TestTokens.teacher()).get("/api/reference/supporting-families-headlines").then().statusCode(200)
                .body("total", equalTo(10))
                .body("items.find { it.code == 'SECURE_HOUSING' }.label", equalTo("Secure housing"));
    }

    @Test
    @DisplayName("GET /api/reference/need-indicators without a token answers 401 problem")
    void needsAToken() {
        given().get("/api/reference/need-indicators").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    @DisplayName("readiness is the database, never Kafka (in the dependencies group instead); liveness, metrics and OpenAPI are open")
    void operations() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.name", org.hamcrest.Matchers.not(hasItem("kafka-broker")));
        given().get("/q/health/group/dependencies").then().body("checks.name", hasItem("kafka-broker"));
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }
}
