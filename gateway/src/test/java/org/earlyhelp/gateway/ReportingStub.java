package org.earlyhelp.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * reporting-service as the gateway sees it: the partnership report as JSON, or as CSV on {@code Accept: text/csv} (with
 * a file name), the HTML page, a rebuild, an empty part of the audit trail (or 403, as the other stubs); no part of a family's timeline (asked anyway,
 * it answers 500 and counts the call). It remembers what reached it.
 */
final class ReportingStub {

    static final String CSV = "figure,key,value\r\nassessmentsCompleted,total,3\r\nepisodesStarted.byOrigin,STEP_DOWN,2\r\n";
    static final String CSV_TYPE = "text/csv; charset=UTF-8";
    static final String CSV_DISPOSITION = "attachment; filename=\"partnership-isle-of-wight-2026-04-01-2027-03-31.csv\"";
    static final String HTML = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Partnership report</title>
            <style>@media print { body { font-size: 10pt } }</style></head>
            <body><h1>Partnership report</h1><svg role="img" aria-label="Children by age band"><title>Children by age band</title>
            <rect data-value="3" width="30" height="10"/></svg></body></html>
            """;
    static final String HTML_TYPE = "text/html; charset=UTF-8";

    static final AtomicReference<String> lastAuthorization = new AtomicReference<>();
    /** Method and URI, as the service received them: {@code GET /reports/partnership?area=...}. */
    static final AtomicReference<String> lastRequest = new AtomicReference<>();
    static final AtomicInteger timelineAsked = new AtomicInteger();

    private HttpServer server;

    /** Starts it on a free port; its base URL. */
    String start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/q/health/ready", exchange -> respond(exchange, 200, "application/json", "{\"status\":\"UP\"}"));
        server.createContext("/q/openapi", exchange -> respond(exchange, 200, "application/json", """
                {"openapi": "3.1.0", "info": {"title": "reporting", "version": "1"},
                 "paths": {"/api/reports/partnership": {"get": {"responses": {"200": {"description": "figures",
                              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Partnership"}},
                                          "text/csv": {"schema": {"type": "string"}}}}}}},
                           "/reports/partnership": {"get": {"responses": {"200": {"description": "the page",
                              "content": {"text/html": {"schema": {"type": "string"}}}}}}},
                           "/q/health": {"get": {"responses": {"200": {"description": "health"}}}}},
                 "components": {"schemas": {"Partnership": {"type": "object"}}}}"""));
        server.createContext("/api/timeline", exchange -> {
            timelineAsked.incrementAndGet();
            respond(exchange, 500, "application/json", "{\"status\":500}");
        });
        // its part of a family's audit trail (the report reads it audited): none here; 403 for the family id ending 403,
        // as every stub answers it (a role it refuses)
        server.createContext("/api/audit", exchange -> {
            if (exchange.getRequestURI().getQuery().contains("familyId=00000000-0000-0000-0000-000000000403")) {
                respond(exchange, 403, "application/json", "{\"status\":403}");
                return;
            }
            respond(exchange, 200, "application/json", "{\"items\": [], \"page\": 0, \"size\": 200, \"total\": 0}");
        });
        server.createContext("/api/reports/rebuild", exchange -> {
            remember(exchange);
            respond(exchange, 202, "application/json", "{\"startedAt\":\"2027-03-22T10:00:00Z\"}");
        });
        server.createContext("/api/reports", exchange -> {
            remember(exchange);
            String accept = exchange.getRequestHeaders().getFirst("Accept");
            if (accept != null && accept.contains("text/csv")) {
                exchange.getResponseHeaders().add("Content-Disposition", CSV_DISPOSITION);
                respond(exchange, 200, CSV_TYPE, CSV);
            } else {
                respond(exchange, 200, "application/json", "{\"servedBy\":\"reporting-stub\",\"path\":\"" + exchange.getRequestURI().getPath() + "\"}");
            }
        });
        server.createContext("/reports/partnership", exchange -> {
            remember(exchange);
            respond(exchange, 200, HTML_TYPE, HTML);
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    static void forget() {
        lastAuthorization.set(null);
        lastRequest.set(null);
    }

    private static void remember(HttpExchange exchange) {
        lastAuthorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
        lastRequest.set(exchange.getRequestMethod() + " " + exchange.getRequestURI());
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
