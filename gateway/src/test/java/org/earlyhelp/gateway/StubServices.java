package org.earlyhelp.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.earlyhelp.localstack.Ports;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A stand-in HTTP service behind the gateway, for the gateway's own tests: answers ready, and
 * echoes what reached it. notification-service is pointed at a closed port (down). reporting-service has a stub of its
 * own ({@link ReportingStub}), so a test can tell that a request reached that service and no other.
 * The whole system behind a real gateway is proven in e2e-tests.
 */
public class StubServices implements QuarkusTestResourceLifecycleManager {

    static final AtomicReference<String> lastAuthorization = new AtomicReference<>();
    static final AtomicReference<String> lastPath = new AtomicReference<>();
    static final AtomicReference<String> lastRequestId = new AtomicReference<>();
    static final AtomicReference<String> lastTraceparent = new AtomicReference<>();
    /** Requests the silent endpoint has taken (and will never answer). */
    static final java.util.concurrent.atomic.AtomicInteger silentTaken = new java.util.concurrent.atomic.AtomicInteger();
    /** Requests the late endpoint has taken (it answers each after 300 ms). */
    static final java.util.concurrent.atomic.AtomicInteger lateTaken = new java.util.concurrent.atomic.AtomicInteger();
    private HttpServer server;
    private final ReportingStub reporting = new ReportingStub();
    private final java.util.List<com.sun.net.httpserver.HttpExchange> silent = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/q/health/ready", exchange -> respond(exchange, 200, "{\"status\":\"UP\"}"));
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        // a service that takes the request and never answers: the exchange is left open until the stub stops
        server.createContext("/api/plans/slow", exchange -> {
            silent.add(exchange);
            silentTaken.incrementAndGet();
        });
        // a slow service: it answers, but only 300 ms later, when its caller may have given up (a long body, sent in chunks)
        server.createContext("/api/plans/late", exchange -> {
            lateTaken.incrementAndGet();
            java.util.concurrent.CompletableFuture.runAsync(() -> answerLate(exchange),
                    java.util.concurrent.CompletableFuture.delayedExecutor(300, java.util.concurrent.TimeUnit.MILLISECONDS));
        });
        server.createContext("/q/openapi", exchange -> respond(exchange, 200, """
                {"openapi": "3.1.0", "info": {"title": "stub", "version": "1"},
                 "paths": {"/api/plans": {"get": {"security": [{"SecurityScheme": []}], "responses": {"200": {"description": "plans",
                              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Page"}}}}}}},
                           "/api/timeline": {"get": {"responses": {"200": {"description": "internal"}}}},
                           "/q/health": {"get": {"responses": {"200": {"description": "health"}}}}},
                 "components": {"schemas": {"Page": {"type": "object"}}}}"""));
        server.createContext("/api/timeline", exchange -> {
            if (exchange.getRequestURI().getQuery().contains("familyId=00000000-0000-0000-0000-000000000000")) {
                respond(exchange, 404, "{\"status\":404}");
                return;
            }
            respond(exchange, 200, """
                    {"items": [{"at": "2027-03-22T00:00:00Z", "type": "PLAN_OPENED", "service": "stub", "ref": "plan/1", "summary": "opened"},
                               {"at": "2026-12-14T00:00:00Z", "type": "ASSESSMENT_COMPLETED", "service": "stub", "ref": "a/1", "summary": "done"}]}""");
        });
        // each service's part of a family's audit trail: two entries, or 403 for the family id ending 403 (a role it refuses)
        server.createContext("/api/audit", exchange -> {
            if (exchange.getRequestURI().getQuery().contains("familyId=00000000-0000-0000-0000-000000000403")) {
                respond(exchange, 403, "{\"status\":403}");
                return;
            }
            respond(exchange, 200, """
                    {"items": [{"id": "b", "at": "2027-03-22T10:00:00Z", "userId": "teacher", "action": "plan.read", "outcome": "ALLOWED"},
                               {"id": "a", "at": "2027-03-21T10:00:00Z", "userId": "stranger", "action": "family.access", "outcome": "REFUSED"}],
                     "page": 0, "size": 200, "total": 2}""");
        });
        server.createContext("/api", exchange -> {
            lastAuthorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            lastRequestId.set(exchange.getRequestHeaders().getFirst("X-Request-Id"));
            lastTraceparent.set(exchange.getRequestHeaders().getFirst("traceparent"));
            lastPath.set(exchange.getRequestURI().toString());
            respond(exchange, 200, "{\"servedBy\":\"stub\",\"path\":\"" + exchange.getRequestURI().getPath() + "\"}");
        });
        server.start();
        String up = "http://127.0.0.1:" + server.getAddress().getPort();
        String down = "http://127.0.0.1:" + Ports.free();
        return Map.of(
                "earlyhelp.gateway.services.assessment-service.url", up,
                "earlyhelp.gateway.services.plan-service.url", up,
                "earlyhelp.gateway.services.referral-service.url", up,
                "earlyhelp.gateway.services.notification-service.url", down,
                "earlyhelp.gateway.services.reporting-service.url", reporting.start());
    }

    private static void answerLate(com.sun.net.httpserver.HttpExchange exchange) {
        try {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, 0);
            for (int i = 0; i < 64; i++) {
                exchange.getResponseBody().write(("{\"chunk\":" + i + ",\"padding\":\"" + "x".repeat(1000) + "\"}\n").getBytes(StandardCharsets.UTF_8));
                exchange.getResponseBody().flush();
            }
        } catch (IOException e) {
            // the gateway closed the connection first: what this endpoint is for
        } finally {
            exchange.close();
        }
    }

    private static void respond(com.sun.net.httpserver.HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void stop() {
        reporting.stop();
        silent.forEach(com.sun.net.httpserver.HttpExchange::close);
        if (server != null) {
            server.stop(0);
        }
    }
}
