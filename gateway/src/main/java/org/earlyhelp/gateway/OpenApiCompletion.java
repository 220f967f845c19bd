package org.earlyhelp.gateway;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * What the combined document needs once every part is in: the tags declared, the answers the gateway itself gives on
 * every routed operation (429 over the rate limit; 503 and 504 when the service is down or slow), operation ids unique
 * across services, and no schema left that nothing refers to.
 */
final class OpenApiCompletion {

    static final String PROBLEM = "Problem";
    /** The platform's schemas, the same in every service's document: kept once, unprefixed. */
    static final List<String> SHARED_SCHEMAS = List.of(PROBLEM, "ProblemFieldError");

    private static final Set<String> VERBS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    private static final Pattern REF = Pattern.compile("\"#/components/schemas/([^\"]+)\"");
    private static final Map<String, String> TAGS = Map.of(
            "assessment-service", "Families and their members, consent and information sharing, assessments, reference codes",
            "plan-service", "Family plans: goals and actions, the team around the family, reviews, handovers, closure",
            "referral-service", "Step-up referrals to children's social care, step-downs to early help, multi-agency escalations",
            "notification-service", "The caller's notifications, email preferences and webhook subscriptions",
            "reporting-service", "Partnership and Supporting Families reports (JSON, CSV, HTML)",
            GatewayOperations.TAG, "Across services: a family's timeline and its audit trail");

    static void complete(JsonObject combined, Set<String> services) {
        JsonObject schemas = combined.getJsonObject("components").getJsonObject("schemas");
        if (!schemas.containsKey(PROBLEM)) { // no service could be asked: the gateway's own refusals still have a shape
            schemas.put(PROBLEM, new JsonObject().put("type", "object").put("description", "An RFC 9457 problem")
                    .put("required", new JsonArray().add("type").add("title").add("status").add("detail"))
                    .put("properties", new JsonObject().put("type", new JsonObject().put("type", "string"))
                            .put("title", new JsonObject().put("type", "string")).put("status", new JsonObject().put("type", "integer"))
                            .put("detail", new JsonObject().put("type", "string")).put("instance", new JsonObject().put("type", "string"))));
        }
        Set<String> used = new TreeSet<>();
        Set<String> operationIds = new HashSet<>();
        JsonObject paths = combined.getJsonObject("paths");
        for (String path : paths.fieldNames()) {
            JsonObject item = paths.getJsonObject(path);
            for (String verb : item.fieldNames()) {
                if (!VERBS.contains(verb) || !(item.getValue(verb) instanceof JsonObject operation)) {
                    continue;
                }
                String tag = operation.getJsonArray("tags", new JsonArray().add(GatewayOperations.TAG)).getString(0);
                used.add(tag);
                gatewayAnswers(operation, !tag.equals(GatewayOperations.TAG));
                uniqueId(operation, verb, path, tag, operationIds);
            }
        }
        JsonArray tags = new JsonArray();
        used.forEach(tag -> tags.add(new JsonObject().put("name", tag).put("description", TAGS.getOrDefault(tag, "The " + tag + "'s operations"))));
        combined.put("tags", tags);
        prune(combined);
        SchemaExamples.add(schemas);
    }

    /** Every request passes the gateway's rate limit; a routed one also meets a service that is down, overloaded or slow. */
    private static void gatewayAnswers(JsonObject operation, boolean routed) {
        JsonObject responses = operation.getJsonObject("responses");
        if (responses == null) {
            responses = new JsonObject();
            operation.put("responses", responses);
        }
        JsonObject retryAfter = new JsonObject().put("Retry-After", new JsonObject().put("description", "Seconds to wait before trying again")
                .put("schema", new JsonObject().put("type", "integer").put("minimum", 0).put("examples", new JsonArray().add(5))));
        if (!responses.containsKey("429")) {
            responses.put("429", GatewayOperations.problem("Over the caller's rate limit (per token subject, per minute): wait Retry-After seconds")
                    .put("headers", retryAfter.copy()));
        }
        if (routed && !responses.containsKey("503")) {
            responses.put("503", GatewayOperations.problem("The service is down or overloaded: retry after Retry-After seconds")
                    .put("headers", retryAfter.copy()));
        }
        if (routed && !responses.containsKey("504")) {
            responses.put("504", GatewayOperations.problem("The service did not answer in time"));
        }
    }

    /** An operation without an id gets one from its path; two services' equal ids are told apart by the service. */
    private static void uniqueId(JsonObject operation, String verb, String path, String tag, Set<String> taken) {
        String id = operation.getString("operationId");
        if (id == null || id.isBlank()) {
            StringBuilder derived = new StringBuilder(verb);
            for (String segment : path.split("[/{}-]")) {
                if (!segment.isEmpty()) {
                    derived.append(Character.toUpperCase(segment.charAt(0))).append(segment.substring(1));
                }
            }
            id = derived.toString();
        }
        if (taken.contains(id)) {
            id = tag.replace("-service", "").replace("-", "_") + "_" + id;
        }
        taken.add(id);
        operation.put("operationId", id);
    }

    /** Leaves only the schemas the paths reach, directly or through other schemas. */
    static void prune(JsonObject combined) {
        JsonObject schemas = combined.getJsonObject("components").getJsonObject("schemas");
        Set<String> reached = new HashSet<>();
        Deque<String> next = new ArrayDeque<>(references(combined.getJsonObject("paths").encode()));
        while (!next.isEmpty()) {
            String name = next.pop();
            if (reached.add(name) && schemas.getValue(name) != null) {
                next.addAll(references(schemas.getValue(name) instanceof JsonObject o ? o.encode() : String.valueOf(schemas.getValue(name))));
            }
        }
        for (String name : new TreeSet<>(schemas.fieldNames())) {
            if (!reached.contains(name)) {
                schemas.remove(name);
            }
        }
    }

    private static List<String> references(String json) {
        Matcher matcher = REF.matcher(json);
        List<String> names = new java.util.ArrayList<>();
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private OpenApiCompletion() {
    }
}
