package org.earlyhelp.gateway;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET /q/openapi}: one OpenAPI document for the whole {@code /api} (and the pages a service
 * serves through the gateway, such as {@code /reports/partnership}), made from every
 * service's own document at the time of asking: their paths (each operation tagged with its
 * service), their schemas (prefixed by service, references rewritten, so two services' "Page"
 * cannot clash), one bearer security scheme, and the gateway's own timeline. A service that
 * cannot be asked is listed in {@code x-missing-services}.
 */
final class CombinedOpenApi {

    private static final String SCHEMAS = "#/components/schemas/";
    private static final String INTERNAL = "/api/timeline";
    /** Each service's own part of the audit trail; the gateway answers the whole of it. */
    private static final String AUDIT = "/api/audit";

    private final ServiceCalls calls;
    private final Map<String, GatewayConfig.Service> services;

    CombinedOpenApi(ServiceCalls calls, Map<String, GatewayConfig.Service> services) {
        this.calls = calls;
        this.services = services;
    }

    void handle(RoutingContext context) {
        Map<String, Future<JsonObject>> asked = new TreeMap<>();
        services.forEach((name, service) -> asked.put(name, ask(service.url())));
        Future.join(new ArrayList<>(asked.values())).onComplete(done -> {
            JsonObject combined = skeleton();
            List<String> missing = new ArrayList<>();
            asked.forEach((name, document) -> {
                if (document.succeeded() && document.result() != null) {
                    add(combined, name, document.result(), pages(services.get(name)));
                } else {
                    missing.add(name);
                }
            });
            combined.getJsonObject("paths").put("/api/families/{id}/timeline", timelinePath());
            combined.getJsonObject("paths").put(AUDIT, auditPath());
            if (!missing.isEmpty()) {
                combined.put("x-missing-services", new JsonArray(missing));
            }
            context.response().putHeader("Content-Type", "application/json").end(combined.encodePrettily());
        });
    }

    private Future<JsonObject> ask(URI url) {
        return calls.get(url, "/q/openapi?format=json", Map.of()).map(answer -> answer.status() == 200 ? new JsonObject(answer.body()) : null);
    }

    static JsonObject skeleton() {
        return new JsonObject()
                .put("openapi", "3.1.0")
                .put("info", new JsonObject().put("title", "Early help platform API").put("version", "1")
                        .put("description", "Every service's /api behind one gateway. Authenticate with a bearer token "
                                + "(locally: ./earlyhelp token teacher). Errors are RFC 9457 application/problem+json."))
                .put("servers", new JsonArray().add(new JsonObject().put("url", "/")))
                .put("security", new JsonArray().add(new JsonObject().put("bearer", new JsonArray())))
                .put("paths", new JsonObject())
                .put("components", new JsonObject().put("schemas", new JsonObject()).put("securitySchemes", new JsonObject()
                        .put("bearer", new JsonObject().put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT"))));
    }

    /** The paths a service owns outside {@code /api} (a page, such as {@code /reports/partnership}): routed, so documented too. */
    private static List<String> pages(GatewayConfig.Service service) {
        return service.paths().stream().filter(path -> !Routes.underApi(path)).toList();
    }

    /**
     * Adds one service's document: schemas prefixed, references rewritten, operations tagged, the internal timeline part left
     * out. Its {@code /api} paths go in, and those under one of its {@code pages}; nothing else it serves ({@code /q/...}).
     */
    static void add(JsonObject combined, String service, JsonObject document, List<String> pages) {
        String prefix = service.replace("-service", "").replace("-", "_") + "_";
        JsonObject rewritten = new JsonObject(document.encode().replace("\"" + SCHEMAS, "\"" + SCHEMAS + prefix));
        JsonObject schemas = rewritten.getJsonObject("components", new JsonObject()).getJsonObject("schemas", new JsonObject());
        schemas.forEach(schema -> combined.getJsonObject("components").getJsonObject("schemas").put(prefix + schema.getKey(), schema.getValue()));
        JsonObject paths = rewritten.getJsonObject("paths", new JsonObject());
        for (String path : paths.fieldNames()) {
            boolean page = pages.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
            if (!page && (!path.startsWith("/api/") || path.startsWith(INTERNAL) || path.equals(AUDIT))) {
                continue;
            }
            JsonObject operations = paths.getJsonObject(path);
            operations.forEach(operation -> {
                if (operation.getValue() instanceof JsonObject op) {
                    op.remove("security"); // one scheme for the whole API, declared at the top
                    op.put("tags", new JsonArray().add(service));
                }
            });
            combined.getJsonObject("paths").put(path, operations);
        }
    }

    private static JsonObject auditPath() {
        JsonObject string = new JsonObject().put("type", "string").put("maxLength", 200);
        JsonObject entry = new JsonObject().put("type", "object").put("properties", new JsonObject()
                .put("id", new JsonObject().put("type", "string").put("format", "uuid"))
                .put("at", new JsonObject().put("type", "string").put("format", "date-time"))
                .put("userId", string).put("agency", string).put("action", string).put("resource", string)
                .put("familyId", new JsonObject().put("type", "string").put("format", "uuid"))
                .put("outcome", new JsonObject().put("type", "string").put("enum", new JsonArray().add("ALLOWED").add("REFUSED")))
                .put("service", string));
        JsonObject page = new JsonObject().put("type", "object").put("properties", new JsonObject()
                .put("items", new JsonObject().put("type", "array").put("items", entry))
                .put("page", new JsonObject().put("type", "integer")).put("size", new JsonObject().put("type", "integer"))
                .put("total", new JsonObject().put("type", "integer"))
                .put("missing", new JsonObject().put("type", "array").put("items", string)));
        return new JsonObject().put("get", new JsonObject().put("tags", new JsonArray().add("gateway"))
                .put("summary", "Who read or changed a family's records, refused attempts included, from every service, newest first")
                .put("parameters", new JsonArray()
                        .add(new JsonObject().put("name", "familyId").put("in", "query").put("required", true)
                                .put("schema", new JsonObject().put("type", "string").put("format", "uuid")))
                        .add(new JsonObject().put("name", "page").put("in", "query").put("schema", new JsonObject().put("type", "integer")
                                .put("minimum", 0)))
                        .add(new JsonObject().put("name", "size").put("in", "query").put("schema", new JsonObject().put("type", "integer")
                                .put("minimum", 1).put("maximum", FamilyAuditTrail.SERVICE_PAGE))))
                .put("responses", new JsonObject()
                        .put("200", new JsonObject().put("description", "The audit trail").put("content", new JsonObject()
                                .put("application/json", new JsonObject().put("schema", page))))
                        .put("400", new JsonObject().put("description", "No familyId, or bad paging"))
                        .put("403", new JsonObject().put("description", "Only auditors and the area's early help team"))
                        .put("401", new JsonObject().put("description", "No valid token"))));
    }

    private static JsonObject timelinePath() {
        JsonObject idParameter = new JsonObject().put("name", "id").put("in", "path").put("required", true)
                .put("schema", new JsonObject().put("type", "string").put("format", "uuid"));
        JsonObject item = new JsonObject().put("type", "object").put("properties", new JsonObject()
                .put("at", new JsonObject().put("type", "string").put("format", "date-time"))
                .put("type", new JsonObject().put("type", "string"))
                .put("service", new JsonObject().put("type", "string"))
                .put("ref", new JsonObject().put("type", "string"))
                .put("summary", new JsonObject().put("type", "string")));
        JsonObject page = new JsonObject().put("type", "object").put("properties", new JsonObject()
                .put("items", new JsonObject().put("type", "array").put("items", item))
                .put("page", new JsonObject().put("type", "integer")).put("size", new JsonObject().put("type", "integer"))
                .put("total", new JsonObject().put("type", "integer"))
                .put("missing", new JsonObject().put("type", "array").put("items", new JsonObject().put("type", "string"))));
        return new JsonObject().put("get", new JsonObject().put("tags", new JsonArray().add("gateway"))
                .put("summary", "A family's timeline from every service, in date order")
                .put("parameters", new JsonArray().add(idParameter)
                        .add(new JsonObject().put("name", "page").put("in", "query").put("schema", new JsonObject().put("type", "integer")))
                        .add(new JsonObject().put("name", "size").put("in", "query").put("schema", new JsonObject().put("type", "integer"))))
                .put("responses", new JsonObject()
                        .put("200", new JsonObject().put("description", "The timeline").put("content", new JsonObject()
                                .put("application/json", new JsonObject().put("schema", page))))
                        .put("404", new JsonObject().put("description", "No such family, or not one the caller may see"))
                        .put("401", new JsonObject().put("description", "No valid token"))));
    }
}
