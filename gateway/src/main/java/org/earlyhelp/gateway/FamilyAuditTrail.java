package org.earlyhelp.gateway;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET /api/audit?familyId=}: one audit trail for a family, gathered from every service's own trail (each keeps
 * who read or changed its records, refused attempts included, in its own database) with the caller's token, so each
 * applies its own rule (auditors and the area's early help team). Newest first, each entry naming its {@code service};
 * a service that is down is named in {@code missing}; when every service that answers refuses the caller's role, 403.
 * Gathered rather than fed to one store by events: the audit row commits with the read or write it records, in the
 * owning service's transaction, and no audit entry has to travel (or wait) on the bus.
 */
final class FamilyAuditTrail {

    /** A service answers at most this many entries a call (its page size limit). */
    static final int SERVICE_PAGE = 200;
    /** How deep the gathered trail pages: {@code (page + 1) * size} at most. */
    static final int MAX_DEPTH = 2000;

    private final ServiceCalls calls;
    private final Map<String, GatewayConfig.Service> services;

    FamilyAuditTrail(ServiceCalls calls, Map<String, GatewayConfig.Service> services) {
        this.calls = calls;
        this.services = services;
    }

    record Part(String service, int status, JsonArray items, long total) {
    }

    void handle(RoutingContext context) {
        String familyId = context.queryParams().get("familyId");
        try {
            UUID.fromString(familyId == null ? "" : familyId);
        } catch (IllegalArgumentException e) {
            ProblemResponses.send(context, 400, "bad-request", "Bad Request", "familyId: is required, a family id (a UUID)");
            return;
        }
        Paging paging = Paging.of(context, 20, SERVICE_PAGE).orElse(null);
        if (paging == null) {
            return;
        }
        int page = paging.page();
        int size = paging.size();
        if ((long) (page + 1) * size > MAX_DEPTH) {
            ProblemResponses.send(context, 400, "bad-request", "Bad Request", "(page + 1) * size may be at most " + MAX_DEPTH);
            return;
        }
        int servicePages = (int) Math.ceil((page + 1) * (double) size / SERVICE_PAGE);
        List<Future<Part>> parts = new ArrayList<>();
        services.forEach((name, service) -> {
            for (int p = 0; p < servicePages; p++) {
                parts.add(ask(context, name, familyId, p));
            }
        });
        Future.join(new ArrayList<>(parts)).onComplete(done -> answer(context, parts, page, size));
    }

    private Future<Part> ask(RoutingContext context, String name, String familyId, int servicePage) {
        Map<String, String> headers = new HashMap<>();
        headers.put("Authorization", context.request().getHeader("Authorization"));
        headers.put(RequestIds.HEADER, context.get(RequestIds.HEADER));
        return calls.get(name, "/api/audit?familyId=" + familyId + "&page=" + servicePage + "&size=" + SERVICE_PAGE, headers)
                .map(answer -> {
                    if (answer.status() != 200) {
                        return new Part(name, answer.status(), new JsonArray(), 0);
                    }
                    JsonObject body = new JsonObject(answer.body());
                    return new Part(name, 200, body.getJsonArray("items", new JsonArray()), body.getLong("total", 0L));
                })
                .otherwise(failure -> new Part(name, 0, new JsonArray(), 0));
    }

    private void answer(RoutingContext context, List<Future<Part>> asked, int page, int size) {
        Map<String, List<Part>> byService = new LinkedHashMap<>();
        asked.stream().map(Future::result).forEach(part -> byService.computeIfAbsent(part.service(), s -> new ArrayList<>()).add(part));
        List<JsonObject> items = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        long total = 0;
        int refused = 0;
        int answered = 0;
        for (Map.Entry<String, List<Part>> service : byService.entrySet()) {
            List<Part> pages = service.getValue();
            if (pages.stream().anyMatch(p -> p.status() == 403)) {
                refused++;
                continue;
            }
            if (pages.stream().anyMatch(p -> p.status() != 200)) {
                missing.add(service.getKey());
                continue;
            }
            answered++;
            total += pages.get(0).total();
            pages.forEach(p -> p.items().forEach(item -> items.add(((JsonObject) item).copy().put("service", service.getKey()))));
        }
        if (answered == 0 && refused > 0) { // every service that answered refused the caller's role
            ProblemResponses.send(context, 403, "forbidden", "Forbidden", "Your role does not read the audit trail");
            return;
        }
        items.sort(Comparator.comparing((JsonObject item) -> Instant.parse(item.getString("at"))).reversed()
                .thenComparing(item -> item.getString("id", "")));
        int from = Math.min(items.size(), page * size);
        int to = Math.min(items.size(), from + size);
        JsonObject body = new JsonObject().put("items", new JsonArray(items.subList(from, to))).put("page", page).put("size", size)
                .put("total", total).put("missing", new JsonArray(missing.stream().sorted().toList()));
        context.response().putHeader("Content-Type", "application/json").end(body.encode());
    }
}
