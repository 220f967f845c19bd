package org.earlyhelp.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.earlyhelp.localstack.EarlyHelpSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.RestAssured;

/**
 * The combined OpenAPI document of the running system (the gateway's {@code GET /q/openapi}, from every service's own) is one
 * a client generator can trust ({@link OpenApiContract}). It is written to {@code e2e-tests/target/openapi/openapi.json}, where
 * Spectral and openapi-typescript read it (gateway/README.md).
 */
class OpenApiContractIT {

    static EarlyHelpSystem system;

    @BeforeAll
    static void startTheWholeSystem() {
        system = RunningSystem.get();
        RestAssured.baseURI = system.gatewayUrl();
    }

    @Test
    @DisplayName("the combined document: every service there, every operation with operationId, tag and summary, every body a named schema, every refusal it can give documented as a problem")
    void aDocumentAGeneratorCanTrust() throws Exception {
        String document = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        Path written = Path.of(System.getProperty("earlyhelp.root", "..")).resolve("e2e-tests").resolve("target").resolve("openapi").resolve("openapi.json");
        Files.createDirectories(written.getParent());
        Files.writeString(written, document);

        JsonNode api = new ObjectMapper().readTree(document);
        assertThat(api.has("x-missing-services")).as("every service answered its document").isFalse();
        assertThat(api.path("paths").size()).as("paths").isGreaterThan(60);
        for (String operation : List.of("/api/families", "/api/plans/{id}/goals", "/api/referrals", "/api/notifications", "/api/reports/partnership",
                "/api/families/{id}/timeline", "/api/audit")) {
            assertThat(api.path("paths").has(operation)).as(operation).isTrue();
        }
        assertThat(OpenApiContract.violations(api)).as("what a generator cannot trust").isEmpty();
    }

    @Test
    @DisplayName("the checker itself finds an untyped body, a missing 404 on a record's path, a plain-JSON refusal and a repeated operationId")
    void theCheckerFindsWhatItLooksFor() throws Exception {
        JsonNode bad = new ObjectMapper().readTree("""
                {"components": {"schemas": {}},
                 "paths": {"/api/things/{id}": {"get": {"operationId": "same", "tags": ["t"], "summary": "s", "responses": {
                              "200": {"description": "ok", "content": {"application/json": {"schema": {}}}},
                              "401": {"description": "no", "content": {"application/json": {"schema": {"type": "object"}}}},
                              "403": {"description": "no", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}}},
                           "post": {"operationId": "same", "responses": {}}}}}""");
        assertThat(OpenApiContract.violations(bad)).contains(
                "the Problem schema does not describe errors",
                "GET /api/things/{id} 200 application/json: no schema, or the untyped {}",
                "GET /api/things/{id} 401: not application/problem+json with the Problem schema",
                "GET /api/things/{id}: can answer 404 but does not document it",
                "GET /api/things/{id}: can answer 429 but does not document it",
                "POST /api/things/{id}: operationId same is not unique",
                "POST /api/things/{id}: no tag", "POST /api/things/{id}: no summary");
    }
}
