package org.earlyhelp.gateway;

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
 * cannot clash; the platform's Problem kept once), one bearer security scheme, and the gateway's own
 * timeline and audit trail ({@link GatewayOperations}); then what the gateway itself answers and the
 * rest a client generator needs ({@link OpenApiCompletion}). A service that cannot be asked is listed
 * in {@code x-missing-services}.
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
        services.forEach((name, service) -> asked.put(name, ask(name)));
        Future.join(new ArrayList<>(asked.values())).onComplete(done -> {
            Map<String, JsonObject> documents = new TreeMap<>();
            Map<String, List<String>> pages = new TreeMap<>();
            asked.forEach((name, document) -> {
                documents.put(name, document.succeeded() ? document.result() : null);
                pages.put(name, pages(services.get(name)));
            });
            context.response().putHeader("Content-Type", "application/json").end(combine(documents, pages).encodePrettily());
        });
    }

    /**
     * The whole document from each service's own (null: that service could not be asked): their parts, then the gateway's
     * own operations, the answers the gateway itself can give on every routed operation, and only the schemas referenced.
     */
    static JsonObject combine(Map<String, JsonObject> documents, Map<String, List<String>> pages) {
        JsonObject combined = skeleton();
        List<String> missing = new ArrayList<>();
        documents.forEach((name, document) -> {
            if (document != null) {
                add(combined, name, document, pages.getOrDefault(name, List.of()));
            } else {
                missing.add(name);
            }
        });
        GatewayOperations.add(combined);
        OpenApiCompletion.complete(combined, documents.keySet());
        if (!missing.isEmpty()) {
            combined.put("x-missing-services", new JsonArray(missing));
        }
        return combined;
    }

    private Future<JsonObject> ask(String service) {
        return calls.get(service, "/q/openapi?format=json", Map.of()).map(answer -> answer.status() == 200 ? new JsonObject(answer.body()) : null);
    }

    static JsonObject skeleton() {
        return new JsonObject()
                .put("openapi", "3.1.0")
                .put("info", new JsonObject().put("title", "Early help platform API").put("version", "1")
                        .put("description", "Every service's /api behind one gateway. Authenticate with a bearer token "
                                + "(locally: ./earlyhelp token teacher). Every refusal is an RFC 9457 application/problem+json "
                                + "body (schema Problem): 400 names each bad field in errors, 422 names the rule. Reads answer an "
                                + "ETag; writes to an existing record accept If-Match (412 when stale) and Idempotency-Key.")
                        .put("contact", new JsonObject().put("name", "Early help platform team")))
                .put("servers", new JsonArray().add(new JsonObject().put("url", "http://localhost:8080")
                        .put("description", "The gateway as ./earlyhelp up runs it; a deployment serves the same paths on its own host")))
                .put("security", new JsonArray().add(new JsonObject().put("bearer", new JsonArray())))
                .put("tags", new JsonArray())
                .put("paths", new JsonObject())
                .put("components", new JsonObject().put("schemas", new JsonObject()).put("securitySchemes", new JsonObject()
                        .put("bearer", new JsonObject().put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT")
                                .put("description", "An access token from the platform's Keycloak realm (audience earlyhelp-api)"))));
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
        String encoded = document.encode().replace("\"" + SCHEMAS, "\"" + SCHEMAS + prefix);
        for (String shared : OpenApiCompletion.SHARED_SCHEMAS) {
            encoded = encoded.replace("\"" + SCHEMAS + prefix + shared + "\"", "\"" + SCHEMAS + shared + "\"");
        }
        JsonObject rewritten = new JsonObject(encoded);
        JsonObject schemas = rewritten.getJsonObject("components", new JsonObject()).getJsonObject("schemas", new JsonObject());
        schemas.forEach(schema -> combined.getJsonObject("components").getJsonObject("schemas")
                .put(OpenApiCompletion.SHARED_SCHEMAS.contains(schema.getKey()) ? schema.getKey() : prefix + schema.getKey(), schema.getValue()));
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
}
