package org.earlyhelp.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.earlyhelp.localstack.Ports;
import org.earlyhelp.localstack.TestTokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * plan-service as two replicas behind the gateway ({@code earlyhelp.gateway.services.plan-service.instances}), one of them
 * killed (its port closed: every connection refused): every request, a POST included, is still answered, by the other.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = ReplicasTest.TwoPlanServices.class, restrictToAnnotatedClass = true)
class ReplicasTest {

    @io.quarkus.test.common.http.TestHTTPResource(value = "/health/group/dependencies", management = true)
    java.net.URL dependencies;

    @Test
    @DisplayName("one of two plan-service replicas refuses connections: every GET and POST is answered 200 by the other, none fails")
    void everyRequestAnsweredByTheLiveReplica() {
        int before = TwoPlanServices.served.get();
        for (int i = 0; i < 10; i++) {
            given().auth().oauth2(TestTokens.teacher()).get("/api/plans").then().statusCode(200).body("servedBy", equalTo("live"));
            given().auth().oauth2(TestTokens.teacher()).contentType("application/json").body("{\"n\": " + i + "}")
                    .post("/api/plans").then().statusCode(200).body("servedBy", equalTo("live")).body("method", equalTo("POST"));
        }
        assertThat(TwoPlanServices.served.get() - before).isEqualTo(20);
    }

    @Test
    @DisplayName("the dependencies group: plan-service UP while one replica answers, each replica's state in the check's data")
    void healthNamesEachReplica() {
        given().get(dependencies).then()
                .body("checks.find { it.name == 'plan-service' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'plan-service' }.data.'" + TwoPlanServices.live + " status'", equalTo(200))
                .body("checks.find { it.name == 'plan-service' }.data.'" + TwoPlanServices.dead + " error'", equalTo("ConnectException"));
    }

    /** A live plan-service replica and a dead one (a free port nothing listens on), the dead one listed first. */
    public static class TwoPlanServices implements QuarkusTestResourceLifecycleManager {

        static final AtomicInteger served = new AtomicInteger();
        static String live;
        static String dead;
        private HttpServer server;

        @Override
        public Map<String, String> start() {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/q/health/ready", exchange -> respond(exchange, "{\"status\":\"UP\"}"));
            server.createContext("/api/plans", exchange -> {
                exchange.getRequestBody().readAllBytes();
                served.incrementAndGet();
                respond(exchange, "{\"servedBy\":\"live\",\"method\":\"" + exchange.getRequestMethod() + "\"}");
            });
            server.start();
            live = "http://127.0.0.1:" + server.getAddress().getPort();
            dead = "http://127.0.0.1:" + Ports.free();
            return Map.of("earlyhelp.gateway.services.plan-service.url", dead,
                    "earlyhelp.gateway.services.plan-service.instances", dead + "," + live);
        }

        private static void respond(com.sun.net.httpserver.HttpExchange exchange, String body) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        }

        @Override
        public void stop() {
            if (server != null) {
                server.stop(0);
            }
        }
    }
}
