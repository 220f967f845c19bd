package org.earlyhelp.e2e;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a client generator needs of the combined OpenAPI document, as a list of violations (empty: none). Every operation
 * has an operationId (unique), a tag and a summary; every JSON body, asked or answered, is a named schema ({@code $ref}, or
 * an array of one), and every other body at least a typed one, never {@code {}}; every refusal is
 * {@code application/problem+json} with the Problem schema; and the refusals an operation can give are documented: 401 and
 * 403 on every operation (all are secured) and the gateway's 429, 400 and 422 on a write with a body, 404 on a path naming a
 * record, 412 where {@code If-Match} is taken; a 201 documents {@code Location}.
 */
final class OpenApiContract {

    static final Set<String> VERBS = Set.of("get", "put", "post", "delete", "patch");
    static final Set<String> WRITES_WITH_BODY = Set.of("post", "put", "patch");
    static final String PROBLEM = "#/components/schemas/Problem";

    static List<String> violations(JsonNode api) {
        List<String> found = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        JsonNode problem = api.path("components").path("schemas").path("Problem");
        for (String member : List.of("type", "title", "status", "detail", "instance", "errors", "rule")) {
            if (problem.path("properties").path(member).isMissingNode()) {
                found.add("the Problem schema does not describe " + member);
            }
        }
        JsonNode fieldError = api.path("components").path("schemas").path("ProblemFieldError").path("properties");
        if (fieldError.path("field").isMissingNode() || fieldError.path("message").isMissingNode()) {
            found.add("the Problem schema's errors[] items do not describe field and message");
        }
        for (Iterator<Map.Entry<String, JsonNode>> paths = api.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields(); operations.hasNext();) {
                Map.Entry<String, JsonNode> operation = operations.next();
                if (VERBS.contains(operation.getKey())) {
                    check(operation.getKey().toUpperCase() + " " + path.getKey(), operation.getKey(), path.getKey(), operation.getValue(), ids, found);
                }
            }
        }
        return found;
    }

    private static void check(String name, String verb, String path, JsonNode operation, Set<String> ids, List<String> found) {
        String id = operation.path("operationId").asText("");
        if (id.isBlank()) {
            found.add(name + ": no operationId");
        } else if (!ids.add(id)) {
            found.add(name + ": operationId " + id + " is not unique");
        }
        if (!operation.path("tags").isArray() || operation.path("tags").isEmpty()) {
            found.add(name + ": no tag");
        }
        if (operation.path("summary").asText("").isBlank()) {
            found.add(name + ": no summary");
        }
        JsonNode body = operation.path("requestBody");
        if (!body.isMissingNode()) {
            body.path("content").fields().forEachRemaining(media -> typed(name + " request " + media.getKey(), media.getKey(), media.getValue(), found));
        }
        JsonNode responses = operation.path("responses");
        responses.fields().forEachRemaining(response -> {
            String code = response.getKey();
            JsonNode content = response.getValue().path("content");
            if (code.startsWith("4") || code.startsWith("5")) {
                if (content.size() != 1 || !PROBLEM.equals(content.path("application/problem+json").path("schema").path("$ref").asText())) {
                    found.add(name + " " + code + ": not application/problem+json with the Problem schema");
                }
            } else {
                content.fields().forEachRemaining(media -> typed(name + " " + code + " " + media.getKey(), media.getKey(), media.getValue(), found));
            }
        });
        boolean ifMatch = false;
        for (JsonNode parameter : operation.path("parameters")) {
            ifMatch |= parameter.path("in").asText().equals("header") && parameter.path("name").asText().equalsIgnoreCase("If-Match");
        }
        List<String> needed = new ArrayList<>(List.of("401", "403", "429"));
        if (WRITES_WITH_BODY.contains(verb) && !body.isMissingNode()) {
            needed.addAll(List.of("400", "422"));
        }
        if (path.contains("{")) {
            needed.add("404");
        }
        if (ifMatch) {
            needed.add("412");
        }
        for (String code : needed) {
            if (responses.path(code).isMissingNode()) {
                found.add(name + ": can answer " + code + " but does not document it");
            }
        }
        if (!responses.path("201").isMissingNode() && responses.path("201").path("headers").path("Location").isMissingNode()) {
            found.add(name + " 201: no Location header");
        }
    }

    /** A JSON body is a named schema or an array of one; any other body has at least a type; none is {@code {}}. */
    private static void typed(String where, String mediaType, JsonNode media, List<String> found) {
        JsonNode schema = media.path("schema");
        boolean json = mediaType.contains("json");
        boolean named = schema.has("$ref") || (schema.path("type").asText().equals("array") && schema.path("items").has("$ref"));
        if (schema.isMissingNode() || schema.isEmpty()) {
            found.add(where + ": no schema, or the untyped {}");
        } else if (json && !named) {
            found.add(where + ": an inline schema, not a named one");
        } else if (!named && !schema.has("type")) {
            found.add(where + ": a schema with no type");
        }
    }

    private OpenApiContract() {
    }
}
