package org.earlyhelp.gateway;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The operations the gateway answers itself, for the combined OpenAPI document: the family timeline and the one audit
 * trail, with named schemas ({@code gateway_...}) and the refusals they can give.
 */
final class GatewayOperations {

    static final String TAG = "gateway";
    private static final String SCHEMAS = "#/components/schemas/";

    static void add(JsonObject combined) {
        JsonObject schemas = combined.getJsonObject("components").getJsonObject("schemas");
        schemas.put("gateway_TimelineItem", timelineItem());
        schemas.put("gateway_Timeline", page("A page of a family's timeline, in date order", "gateway_TimelineItem"));
        schemas.put("gateway_AuditEntry", auditEntry());
        schemas.put("gateway_AuditTrail", page("A page of a family's audit trail, newest first", "gateway_AuditEntry"));
        JsonObject paths = combined.getJsonObject("paths");
        paths.put("/api/families/{id}/timeline", new JsonObject().put("get", timeline()));
        paths.put("/api/audit", new JsonObject().put("get", audit()));
    }

    private static JsonObject timeline() {
        return new JsonObject().put("operationId", "Gateway_familyTimeline").put("tags", new JsonArray().add(TAG))
                .put("summary", "A family's timeline from every service, in date order")
                .put("description", "Each service's own part, asked with the caller's token (so each applies its own access rules), merged "
                        + "in date order. A service that is down is left out and named in missing. Any signed-in caller who may see the family.")
                .put("parameters", new JsonArray()
                        .add(new JsonObject().put("name", "id").put("in", "path").put("required", true).put("description", "The family's id")
                                .put("schema", uuid()))
                        .add(paging("page", "The page, from 0", 0, null, 0))
                        .add(paging("size", "Items a page (default 100)", 1, 500, 100)))
                .put("responses", new JsonObject()
                        .put("200", json("The timeline", "gateway_Timeline"))
                        .put("400", problem("id is not a UUID, or page/size out of range"))
                        .put("401", problem("No valid bearer token"))
                        .put("403", problem("The caller's role does not allow this"))
                        .put("404", problem("No such family, or not one the caller may see")));
    }

    private static JsonObject audit() {
        return new JsonObject().put("operationId", "Gateway_familyAuditTrail").put("tags", new JsonArray().add(TAG))
                .put("summary", "Who read or changed a family's records, from every service, newest first")
                .put("description", "Every service's own audit trail for the family, refused attempts included, merged newest first; "
                        + "a service that is down is named in missing. Roles allowed: auditor, and the area's early-help-team. Pages reach "
                        + FamilyAuditTrail.MAX_DEPTH + " entries deep.")
                .put("parameters", new JsonArray()
                        .add(new JsonObject().put("name", "familyId").put("in", "query").put("required", true).put("description", "The family's id")
                                .put("schema", uuid()))
                        .add(paging("page", "The page, from 0", 0, null, 0))
                        .add(paging("size", "Entries a page (default 20)", 1, FamilyAuditTrail.SERVICE_PAGE, 20)))
                .put("responses", new JsonObject()
                        .put("200", json("The audit trail", "gateway_AuditTrail"))
                        .put("400", problem("No familyId, or page/size out of range"))
                        .put("401", problem("No valid bearer token"))
                        .put("403", problem("Only auditors and the area's early help team read the audit trail")));
    }

    private static JsonObject timelineItem() {
        return new JsonObject().put("type", "object").put("description", "One thing that happened to a family, in plain words")
                .put("required", new JsonArray().add("at").add("type").add("service").add("ref"))
                .put("properties", new JsonObject()
                        .put("at", new JsonObject().put("type", "string").put("format", "date-time").put("description", "When it happened"))
                        .put("type", string("What kind of thing, e.g. PlanOpened", 100))
                        .put("service", string("The owning service, e.g. plan-service", 100))
                        .put("ref", string("The id to open it by", 200))
                        .put("summary", string("A short summary: codes and dates, never narrative", 500)))
                .put("examples", new JsonArray().add(new JsonObject().put("at", "2026-11-23T10:15:30Z").put("type", "PlanOpened")
                        .put("service", "plan-service").put("ref", "0b6d1c9e-2f4a-4c6e-8a1b-3d5f7e9a2c4b").put("summary", "Plan opened (ASSESSMENT)")));
    }

    private static JsonObject auditEntry() {
        return new JsonObject().put("type", "object").put("description", "One read or change of a family's records, or a refused attempt")
                .put("properties", new JsonObject()
                        .put("id", uuid())
                        .put("at", new JsonObject().put("type", "string").put("format", "date-time"))
                        .put("userId", string("Who", 200)).put("agency", string("From which agency", 200))
                        .put("action", string("What, e.g. family.read", 200)).put("resource", string("Which record", 200))
                        .put("familyId", uuid())
                        .put("outcome", new JsonObject().put("type", "string").put("enum", new JsonArray().add("ALLOWED").add("REFUSED")))
                        .put("service", string("The service that keeps this entry", 100)))
                .put("examples", new JsonArray().add(new JsonObject().put("id", "7a0c1e2d-3b4f-4a5c-8d6e-9f0a1b2c3d4e")
                        .put("at", "2026-11-23T10:15:30Z").put("userId", "teacher").put("agency", "school").put("action", "family.read")
                        .put("resource", "family/0b6d1c9e-2f4a-4c6e-8a1b-3d5f7e9a2c4b").put("familyId", "0b6d1c9e-2f4a-4c6e-8a1b-3d5f7e9a2c4b")
                        .put("outcome", "ALLOWED").put("service", "assessment-service")));
    }

    private static JsonObject page(String description, String item) {
        return new JsonObject().put("type", "object").put("description", description)
                .put("required", new JsonArray().add("items").add("page").add("size").add("total"))
                .put("properties", new JsonObject()
                        .put("items", new JsonObject().put("type", "array").put("maxItems", 500).put("items", ref(item)))
                        .put("page", new JsonObject().put("type", "integer").put("format", "int32").put("minimum", 0))
                        .put("size", new JsonObject().put("type", "integer").put("format", "int32").put("minimum", 1))
                        .put("total", new JsonObject().put("type", "integer").put("format", "int64").put("minimum", 0))
                        .put("missing", new JsonObject().put("type", "array").put("maxItems", 20).put("description", "Services that could not be asked")
                                .put("items", string("A service's name", 100))));
    }

    private static JsonObject paging(String name, String description, int minimum, Integer maximum, int byDefault) {
        JsonObject schema = new JsonObject().put("type", "integer").put("format", "int32").put("minimum", minimum).put("default", byDefault);
        if (maximum != null) {
            schema.put("maximum", maximum);
        }
        return new JsonObject().put("name", name).put("in", "query").put("description", description).put("schema", schema);
    }

    static JsonObject problem(String description) {
        return new JsonObject().put("description", description).put("content", new JsonObject()
                .put("application/problem+json", new JsonObject().put("schema", ref(OpenApiCompletion.PROBLEM))));
    }

    private static JsonObject json(String description, String schema) {
        return new JsonObject().put("description", description).put("content", new JsonObject()
                .put("application/json", new JsonObject().put("schema", ref(schema))));
    }

    private static JsonObject ref(String schema) {
        return new JsonObject().put("$ref", SCHEMAS + schema);
    }

    private static JsonObject uuid() {
        return new JsonObject().put("type", "string").put("format", "uuid");
    }

    private static JsonObject string(String description, int maxLength) {
        return new JsonObject().put("type", "string").put("maxLength", maxLength).put("description", description);
    }

    private GatewayOperations() {
    }
}
