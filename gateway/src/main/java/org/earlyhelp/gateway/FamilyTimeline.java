package org.earlyhelp.gateway;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET /api/families/{id}/timeline}: every service's entries for the family, asked in
 * parallel with the caller's own token (so each applies its own access rules), merged in date
 * order and paged (100 by default); a service configured without a timeline part
 * ({@code earlyhelp.gateway.services.<name>.timeline=false}) is not asked. assessment-service owns the family: its 404 or 403 is the
 * answer. Any other service that is down or fails is left out and named in {@code missing}.
 */
final class FamilyTimeline {

    private static final String OWNER = "assessment-service";

    private final ServiceCalls calls;
    private final Map<String, GatewayConfig.Service> services;

    FamilyTimeline(ServiceCalls calls, Map<String, GatewayConfig.Service> services) {
        this.calls = calls;
        this.services = services;
    }

    record Part(String service, int status, JsonArray items) {
    }

    void handle(RoutingContext context) {
        String familyId = context.pathParam("id");
        try {
            UUID.fromString(familyId);
        } catch (IllegalArgumentException e) {
            ProblemResponses.send(context, 400, "bad-request", "Bad Request", "id: must be a family id (a UUID)");
            return;
        }
        Paging paging = Paging.of(context, 100, 500).orElse(null);
        if (paging == null) {
            return;
        }
        List<Future<Part>> parts = new ArrayList<>();
        services.forEach((name, service) -> {
            if (service.timeline()) {
                parts.add(ask(context, name, familyId));
            }
        });
        Future.join(new ArrayList<>(parts)).onComplete(done -> answer(context, parts, paging.page(), paging.size()));
    }

    private Future<Part> ask(RoutingContext context, String name, String familyId) {
        Map<String, String> headers = new java.util.HashMap<>();
        headers.put("Authorization", context.request().getHeader("Authorization"));
        headers.put(RequestIds.HEADER, context.get(RequestIds.HEADER));
        return calls.get(name, "/api/timeline?familyId=" + familyId, headers)
                .map(answer -> new Part(name, answer.status(),
                        answer.status() == 200 ? new JsonObject(answer.body()).getJsonArray("items", new JsonArray()) : new JsonArray()))
                .otherwise(failure -> new Part(name, 0, new JsonArray()));
    }

    private void answer(RoutingContext context, List<Future<Part>> parts, int page, int size) {
        List<Part> answered = parts.stream().map(Future::result).toList();
        Part owner = answered.stream().filter(p -> p.service().equals(OWNER)).findFirst().orElse(null);
        if (owner != null && (owner.status() == 404 || owner.status() == 403 || owner.status() == 401)) {
            ProblemResponses.send(context, owner.status() == 403 ? 403 : 404, owner.status() == 403 ? "forbidden" : "not-found",
                    owner.status() == 403 ? "Forbidden" : "Not Found",
                    owner.status() == 403 ? "Your role does not read family timelines" : "Family " + context.pathParam("id"));
            return;
        }
        List<JsonObject> items = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Part part : answered) {
            if (part.status() == 200) {
                part.items().forEach(item -> items.add((JsonObject) item));
            } else if (part.status() != 403) { // a role a service does not serve (e.g. a partner system's notifications) is not a gap
                missing.add(part.service());
            }
        }
        items.sort(Comparator.comparing((JsonObject item) -> Instant.parse(item.getString("at"))).thenComparing(item -> item.getString("type")));
        int from = Math.min(items.size(), page * size);
        int to = Math.min(items.size(), from + size);
        JsonObject body = new JsonObject().put("items", new JsonArray(items.subList(from, to))).put("page", page).put("size", size)
                .put("total", items.size()).put("missing", new JsonArray(missing.stream().sorted().toList()));
        context.response().putHeader("Content-Type", "application/json").end(body.encode());
    }
}
