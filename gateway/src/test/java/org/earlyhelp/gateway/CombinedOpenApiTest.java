package org.earlyhelp.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.vertx.core.json.JsonObject;

/** How two services' documents become one, without a running gateway. */
class CombinedOpenApiTest {

    private static JsonObject service(String operationId) {
        return new JsonObject("""
                {"openapi": "3.1.0", "info": {"title": "s", "version": "1"},
                 "paths": {"/api/things/{id}": {"get": {"operationId": "%s", "responses": {
                     "200": {"description": "a thing", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                     "404": {"description": "none", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}}}},
                           "/api/audit": {"get": {"responses": {"200": {"description": "audit",
                               "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PageAuditEntry"}}}}}}}},
                 "components": {"schemas": {"Thing": {"type": "object", "properties": {"part": {"$ref": "#/components/schemas/Part"}}},
                                            "Part": {"type": "string"}, "Unused": {"type": "string"},
                                            "PageAuditEntry": {"type": "object"},
                                            "Problem": {"type": "object"}, "ProblemFieldError": {"type": "object"}}}}"""
                .formatted(operationId));
    }

    private static JsonObject combine(JsonObject first, JsonObject second) {
        Map<String, JsonObject> documents = new TreeMap<>();
        documents.put("alpha-service", first);
        documents.put("beta-service", second);
        return CombinedOpenApi.combine(documents, Map.of("alpha-service", List.of(), "beta-service", List.of()));
    }

    @Test
    @DisplayName("the platform's Problem schemas are kept once, unprefixed; a service's own schemas are prefixed; only what the paths reach is kept")
    void schemas() {
        JsonObject combined = combine(service("Thing_get"), null);
        JsonObject schemas = combined.getJsonObject("components").getJsonObject("schemas");
        assertThat(schemas.fieldNames()).contains("Problem", "alpha_Thing", "alpha_Part", "gateway_Timeline", "gateway_AuditTrail")
                .doesNotContain("alpha_Problem", "alpha_Unused", "alpha_PageAuditEntry", "ProblemFieldError");
        JsonObject get = combined.getJsonObject("paths").getJsonObject("/api/things/{id}").getJsonObject("get");
        assertThat(get.getJsonObject("responses").getJsonObject("404").encode()).contains("#/components/schemas/Problem\"");
        assertThat(combined.getJsonArray("x-missing-services").getList()).containsExactly("beta-service");
    }

    @Test
    @DisplayName("two services with the same operationId: the later one is told apart by its service; an operation without one gets one from its path")
    void operationIds() {
        JsonObject second = service("Thing_get");
        JsonObject moved = second.getJsonObject("paths").getJsonObject("/api/things/{id}").copy();
        second.getJsonObject("paths").put("/api/others/{id}", moved).remove("/api/things/{id}");
        JsonObject combined = combine(service("Thing_get"), second);
        assertThat(combined.getJsonObject("paths").getJsonObject("/api/things/{id}").getJsonObject("get").getString("operationId")).isEqualTo("Thing_get");
        assertThat(combined.getJsonObject("paths").getJsonObject("/api/others/{id}").getJsonObject("get").getString("operationId"))
                .isEqualTo("beta_Thing_get");

        JsonObject unnamed = service("x");
        unnamed.getJsonObject("paths").getJsonObject("/api/things/{id}").getJsonObject("get").remove("operationId");
        JsonObject derived = combine(unnamed, null);
        assertThat(derived.getJsonObject("paths").getJsonObject("/api/things/{id}").getJsonObject("get").getString("operationId"))
                .isEqualTo("getApiThingsId");
    }

    @Test
    @DisplayName("every routed operation documents the gateway's own 429, 503 and 504 as problems; the gateway's operations 429; tags are declared with descriptions")
    void gatewayAnswers() {
        JsonObject combined = combine(service("Thing_get"), null);
        JsonObject responses = combined.getJsonObject("paths").getJsonObject("/api/things/{id}").getJsonObject("get").getJsonObject("responses");
        assertThat(responses.fieldNames()).contains("200", "404", "429", "503", "504");
        assertThat(responses.getJsonObject("429").getJsonObject("headers").fieldNames()).contains("Retry-After");
        assertThat(responses.getJsonObject("503").getJsonObject("content").fieldNames()).containsExactly("application/problem+json");
        JsonObject timeline = combined.getJsonObject("paths").getJsonObject("/api/families/{id}/timeline").getJsonObject("get").getJsonObject("responses");
        assertThat(timeline.fieldNames()).contains("429").doesNotContain("503");
        assertThat(combined.getJsonArray("tags").stream().map(t -> ((JsonObject) t).getString("name")).toList()).containsExactly("alpha-service", "gateway");
        assertThat(combined.getJsonArray("tags").stream().map(t -> ((JsonObject) t).getString("description"))).allMatch(d -> d != null && !d.isBlank());
    }
}
