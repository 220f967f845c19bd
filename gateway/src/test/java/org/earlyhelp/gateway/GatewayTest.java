package org.earlyhelp.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import org.earlyhelp.localstack.TestTokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(StubServices.class)
class GatewayTest {

    /** Health and metrics live on the management interface (its root is /q), not on the public port. */
    @io.quarkus.test.common.http.TestHTTPResource(value = "/metrics", management = true)
    java.net.URL metrics;
    @io.quarkus.test.common.http.TestHTTPResource(value = "/health", management = true)
    java.net.URL health;

    @jakarta.inject.Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "earlyhelp.gateway.rate-limit.per-address-per-minute")
    int perAddressPerMinute;

    @Test
    @DisplayName("no token: the gateway answers 401 problem itself and nothing reaches a service")
    void noTokenIs401() {
        StubServices.lastPath.set(null);
        given().get("/api/plans").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer").body("status", equalTo(401));
        assertThat(StubServices.lastPath.get()).isNull();
    }

    @Test
    @DisplayName("a token signed by another key answers 401 problem")
    void forgedTokenIs401() {
        given().auth().oauth2(TestTokens.forgedToken("teacher")).get("/api/plans")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    @DisplayName("requests without a token are rate-limited per client address too: a flood gets 429 problems, not endless 401s")
    void unauthenticatedFloodIsLimitedPerAddress() throws Exception {
        java.util.List<Integer> statuses = new java.util.ArrayList<>();
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.bind(new java.net.InetSocketAddress("127.0.0.2", 0));
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", io.restassured.RestAssured.port), 2000);
            socket.setSoTimeout(5000);
            var out = socket.getOutputStream();
            var in = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(), java.nio.charset.StandardCharsets.ISO_8859_1));
            for (int i = 0; i <= perAddressPerMinute; i++) {
                out.write("GET /api/plans HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                out.flush();
                statuses.add(Integer.parseInt(in.readLine().split(" ")[1]));
                int length = 0;
                for (String line = in.readLine(); !line.isEmpty(); line = in.readLine()) {
                    if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                        length = Integer.parseInt(line.substring(15).trim());
                    }
                }
                in.skip(length);
            }
        }
        assertThat(statuses.subList(0, perAddressPerMinute)).containsOnly(401);
        assertThat(statuses.get(perAddressPerMinute)).isEqualTo(429);
        given().get("/api/plans").then().statusCode(401); // another address is not held back
    }

    @Test
    @DisplayName("a token signed by the issuer but for another audience (as an ID token is) is 401")
    void tokenForAnotherAudienceIs401() {
        given().auth().oauth2(TestTokens.tokenForAudience("earlyhelp-cli", "teacher", TestTokens.DEFAULT_AREA, "school", "practitioner"))
                .get("/api/plans").then().statusCode(401);
        given().auth().oauth2(TestTokens.teacher()).get("/api/plans").then().statusCode(200);
    }

    @Test
    @DisplayName("a verified token is passed on to the owning service, with the path and query")
    void routesToTheOwningServiceWithTheToken() {
        String token = TestTokens.teacher();
        given().auth().oauth2(token).get("/api/step-downs/123?x=1").then().statusCode(200).body("path", equalTo("/api/step-downs/123"));
        assertThat(StubServices.lastAuthorization.get()).isEqualTo("Bearer " + token);
        assertThat(StubServices.lastPath.get()).isEqualTo("/api/step-downs/123?x=1");
    }

    @Test
    @DisplayName("request metrics name the route with {id}, never a family's or a referral's own id")
    void metricsFoldIdsIntoTheRoute() {
        String id = java.util.UUID.randomUUID().toString();
        given().auth().oauth2(TestTokens.teacher()).get("/api/step-downs/" + id + "/acceptance").then().statusCode(200);
        String text = given().get(metrics).then().statusCode(200).extract().asString();
        assertThat(text).contains("uri=\"/api/step-downs/{id}/*\"").doesNotContain(id);
    }

    @Test
    @DisplayName("an /api path no service owns answers 404 problem")
    void unknownPathIs404() {
        given().auth().oauth2(TestTokens.teacher()).get("/api/nowhere").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @DisplayName("one downstream service down leaves the gateway live and ready; the dependencies group names each service and says which is down")
    void readinessIsTheGatewaysOwnAndTheDependenciesGroupNamesEachService() {
        // notification-service has no stub here: it is down
        given().get(health + "/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.not(hasItems("notification-service")))
                .body("checks.name", org.hamcrest.Matchers.not(hasItems("plan-service")));
        given().get(health + "/live").then().statusCode(200);
        given().get(health + "/group/dependencies").then().statusCode(503).body("status", equalTo("DOWN"))
                .body("checks.name", hasItems("assessment-service", "plan-service", "referral-service", "notification-service",
                        "reporting-service"))
                .body("checks.find { it.name == 'plan-service' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'reporting-service' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'notification-service' }.status", equalTo("DOWN"))
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("http://")));
    }

    @Test
    @DisplayName("a body over the 1 MB limit is a 413 problem at the gateway, and never reaches a service")
    void oversizedBodyIs413Problem() {
        StubServices.lastPath.set(null);
        given().auth().oauth2(TestTokens.teacher()).contentType("application/json").body("[" + "1,".repeat(600_000) + "1]")
                .post("/api/plans").then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("urn:earlyhelp:problem:too-large"));
        assertThat(StubServices.lastPath.get()).isNull();
    }

    @Test
    @DisplayName("the public port serves neither health details nor metrics: they are on the management interface only")
    void healthAndMetricsAreOffThePublicPort() {
        for (String path : java.util.List.of("/q/metrics", "/q/health", "/q/health/ready", "/q/health/live")) {
            given().get(path).then().statusCode(404);
        }
        assertThat(metrics.getPort()).isNotEqualTo(io.restassured.RestAssured.port);
    }

    @Test
    @DisplayName("a caller that starts a request and goes quiet has its connection closed (header deadline 2 s, idle timeout 3 s in tests)")
    void aSilentPartialRequestIsCutOff() throws Exception {
        try (java.net.Socket caller = new java.net.Socket("127.0.0.1", io.restassured.RestAssured.port)) {
            caller.setSoTimeout(20_000);
            caller.getOutputStream().write("GET /api/plans HTTP/1.1\r\nHost: localhost\r\nX-Slow: a".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            caller.getOutputStream().flush();
            // the gateway closes it (end of stream) well before our own 20 s patience runs out; it never answers the half request
            assertThat(caller.getInputStream().read()).isEqualTo(-1);
        }
    }

    @Test
    @DisplayName("a caller that trickles its request headers a byte at a time is cut off at the header deadline (2 s in tests), although it is never idle")
    void aTrickledHeaderIsCutOff() throws Exception {
        assertThat(trickleUntilClosed("GET /api/plans HTTP/1.1\r\nHost: localhost\r\nX-Slow: ", 'a'))
                .as("the gateway closed the connection while bytes were still arriving")
                .isTrue();
    }

    @Test
    @DisplayName("a caller that sends its headers and then trickles the body is cut off at the request deadline (4 s in tests)")
    void aTrickledBodyIsCutOff() throws Exception {
        assertThat(trickleUntilClosed("POST /api/plans HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: 100000\r\n\r\n[", ' '))
                .as("the gateway closed the connection while bytes were still arriving")
                .isTrue();
    }

    /**
     * Sends {@code start}, then one {@code filler} byte every 300 ms (well inside the 3 s idle timeout, so the connection is
     * never idle) for up to 30 s. True when the gateway closed the connection before that; false when it was still open.
     */
    private static boolean trickleUntilClosed(String start, char filler) throws Exception {
        try (java.net.Socket caller = new java.net.Socket("127.0.0.1", io.restassured.RestAssured.port)) {
            caller.setSoTimeout(300);
            java.io.OutputStream out = caller.getOutputStream();
            out.write(start.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.flush();
            long giveUpAt = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < giveUpAt) {
                try {
                    int read = caller.getInputStream().read();
                    if (read == -1) {
                        return true;
                    }
                    // an answer (a 408, say) is also an end of the request; the close follows it
                } catch (java.net.SocketTimeoutException stillOpen) {
                    // nothing to read yet: the read's 300 ms wait paces the trickle
                } catch (java.net.SocketException reset) {
                    return true;
                }
                try {
                    out.write(filler);
                    out.flush();
                } catch (java.net.SocketException reset) {
                    return true;
                }
            }
            return false;
        }
    }
}
