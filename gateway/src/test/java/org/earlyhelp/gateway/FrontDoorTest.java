package org.earlyhelp.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.earlyhelp.localstack.TestTokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;

/** The gateway as a front door: request ids, security headers, CORS, the rate limit, and clear answers when a service is down or slow. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(StubServices.class)
class FrontDoorTest {

    /** The gateway's metrics, on its management interface. */
    @io.quarkus.test.common.http.TestHTTPResource(value = "/metrics", management = true)
    java.net.URL metrics;

    @Test
    @DisplayName("every answer carries an X-Request-Id, which the service received too; a caller's own sensible id is kept")
    void requestIdFollowsTheRequest() {
        String id = given().auth().oauth2(TestTokens.teacher()).get("/api/plans").then().statusCode(200)
                .header("X-Request-Id", notNullValue()).extract().header("X-Request-Id");
        assertThat(StubServices.lastRequestId.get()).isEqualTo(id);
        String mine = "front-end-" + UUID.randomUUID();
        given().auth().oauth2(TestTokens.teacher()).header("X-Request-Id", mine).get("/api/plans").then().header("X-Request-Id", mine);
        assertThat(StubServices.lastRequestId.get()).isEqualTo(mine);
        given().auth().oauth2(TestTokens.teacher()).header("X-Request-Id", "bad id; drop table").get("/api/plans").then()
                .header("X-Request-Id", org.hamcrest.Matchers.not("bad id; drop table"));
    }

    @Test
    @DisplayName("the service receives the gateway's trace as traceparent; a request without an id takes its trace id as its request id")
    void traceFollowsTheRequest() {
        String id = given().auth().oauth2(TestTokens.teacher()).get("/api/plans").then().statusCode(200)
                .extract().header("X-Request-Id");
        assertThat(id).matches("[0-9a-f]{32}");
        assertThat(StubServices.lastTraceparent.get()).matches("00-" + id + "-[0-9a-f]{16}-0[01]");
        String mine = "front-end-" + UUID.randomUUID();
        given().auth().oauth2(TestTokens.teacher()).header("X-Request-Id", mine).get("/api/plans").then().header("X-Request-Id", mine);
        assertThat(StubServices.lastTraceparent.get()).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]").doesNotContain(id);
    }

    @Test
    @DisplayName("security headers on API answers: nosniff, no framing, no referrer, HSTS, no caching, a closed CSP")
    void securityHeaders() {
        given().auth().oauth2(TestTokens.teacher()).get("/api/plans").then()
                .header("X-Content-Type-Options", "nosniff").header("X-Frame-Options", "DENY").header("Referrer-Policy", "no-referrer")
                .header("Strict-Transport-Security", containsString("max-age=")).header("Cache-Control", "no-store")
                .header("Content-Security-Policy", containsString("default-src 'none'"));
        given().get("/api/plans").then().statusCode(401).header("X-Content-Type-Options", "nosniff");
    }

    @Test
    @DisplayName("CORS: the configured front-end origin may call with a token and read Location, ETag, X-Request-Id and a CSV's file name; another origin may not")
    void cors() {
        given().header("Origin", "http://localhost:3000").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key").options("/api/plans")
                .then().statusCode(200).header("Access-Control-Allow-Origin", "http://localhost:3000")
                .header("Access-Control-Allow-Headers", containsString("Idempotency-Key"));
        given().auth().oauth2(TestTokens.teacher()).header("Origin", "http://localhost:3000").get("/api/plans").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:3000")
                .header("Access-Control-Expose-Headers", containsString("X-Request-Id"))
                .header("Access-Control-Expose-Headers", containsString("Content-Disposition"));
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST").options("/api/plans")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    @DisplayName("over 40 requests a minute (the test setting) one caller gets 429 with Retry-After; another caller is not affected")
    void rateLimitPerCaller() {
        String busy = TestTokens.token("busy-" + UUID.randomUUID(), TestTokens.DEFAULT_AREA, "school", "practitioner");
        for (int i = 0; i < 40; i++) {
            given().auth().oauth2(busy).get("/api/plans").then().statusCode(200);
        }
        given().auth().oauth2(busy).get("/api/plans").then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", notNullValue()).body("status", equalTo(429));
        String other = TestTokens.token("calm-" + UUID.randomUUID(), TestTokens.DEFAULT_AREA, "school", "practitioner");
        given().auth().oauth2(other).get("/api/plans").then().statusCode(200);
    }

    @Test
    @DisplayName("a service that is down: 503 problem naming it, with Retry-After, at once")
    void downServiceIs503() {
        given().auth().oauth2(TestTokens.teacher()).get("/api/notifications").then().statusCode(503)
                .contentType("application/problem+json").header("Retry-After", "5")
                .body("service", equalTo("notification-service")).body("detail", containsString("notification-service"));
    }

    @Test
    @DisplayName("a service that does not answer within the timeout (1 s in tests): 504 problem, not a hang")
    void slowServiceIs504() {
        // the stub takes the request and never answers: a 504 means the gateway gave up rather than hang
        given().auth().oauth2(TestTokens.teacher()).get("/api/plans/slow").then().statusCode(504)
                .contentType("application/problem+json").body("service", equalTo("plan-service"));
    }

    /** Requests waiting for a connection to the service now, from the gateway's metrics. */
    int waiting(String service) {
        String text = given().get(metrics).then().statusCode(200).extract().asString();
        Matcher value = Pattern.compile("(?m)^earlyhelp_gateway_requests_waiting\\{service=\"" + service + "\"\\} ([0-9.]+)$").matcher(text);
        assertThat(value.find()).as("the waiting gauge of %s", service).isTrue();
        return (int) Double.parseDouble(value.group(1));
    }

    /** A request to plan-service's silent endpoint on its own thread; it ends 504 after the timeout (1 s in tests). */
    static Future<Integer> callSilent(ExecutorService clients, String token) {
        return clients.submit(() -> given().auth().oauth2(token).get("/api/plans/slow").statusCode());
    }

    /** n silent requests, once the service has taken every one of them (within the given time). */
    static List<Future<Integer>> holdConnections(ExecutorService clients, String token, int n, Duration within) {
        int before = StubServices.silentTaken.get();
        List<Future<Integer>> held = IntStream.range(0, n).mapToObj(i -> callSilent(clients, token)).toList();
        await().atMost(within).until(() -> StubServices.silentTaken.get() - before == n);
        return held;
    }

    static void assertAllTimedOut(List<Future<Integer>> requests) throws Exception {
        for (Future<Integer> request : requests) {
            assertThat(request.get(10, TimeUnit.SECONDS)).isEqualTo(504);
        }
    }

    /** A caller that sends a request on its own connection, which it closes when it leaves. */
    static Socket sendAndKeepOpen(String path, String token) throws IOException {
        Socket caller = new Socket("127.0.0.1", RestAssured.port);
        caller.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        caller.getOutputStream().flush();
        return caller;
    }

    @Test
    @DisplayName("more requests than a service's connections and queue (3 and 2 in tests): the overflow is shed at once with a 503 problem and Retry-After")
    void overloadIsShedNotQueued() throws Exception {
        String token = TestTokens.healthVisitor();
        ExecutorService clients = Executors.newFixedThreadPool(5);
        try {
            // every connection to plan-service is taken by requests it will never answer, and two more wait for one
            List<Future<Integer>> held = new ArrayList<>(holdConnections(clients, token, 3, Duration.ofSeconds(5)));
            held.add(callSilent(clients, token));
            held.add(callSilent(clients, token));
            await().atMost(Duration.ofSeconds(5)).until(() -> waiting("plan-service") == 2);
            given().auth().oauth2(token).get("/api/plans/overflow").then().statusCode(503)
                    .contentType("application/problem+json").header("Retry-After", notNullValue())
                    .body("service", equalTo("plan-service"));
            assertAllTimedOut(held);
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    @DisplayName("callers who leave while their request waits for a connection give it back: afterwards every connection is free again")
    void callersWhoLeaveTheQueueGiveTheirConnectionsBack() throws Exception {
        String token = TestTokens.healthVisitor();
        ExecutorService clients = Executors.newFixedThreadPool(3);
        try {
            List<Future<Integer>> held = holdConnections(clients, token, 3, Duration.ofSeconds(5));
            // two callers queue for a connection to plan-service, and leave before one is free
            List<Socket> leaving = List.of(sendAndKeepOpen("/api/plans", token), sendAndKeepOpen("/api/plans", token));
            await().atMost(Duration.ofSeconds(5)).until(() -> waiting("plan-service") == 2);
            for (Socket caller : leaving) {
                caller.close();
            }
            assertAllTimedOut(held); // the timeout frees the three connections
            await().atMost(Duration.ofSeconds(5)).until(() -> waiting("plan-service") == 0);
            // all three connections serve again at once. Had the callers who left kept theirs, only one would, and the
            // next two would wait for its timeout (1 s): hence "within less than the timeout"
            assertAllTimedOut(holdConnections(clients, token, 3, Duration.ofMillis(900)));
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    @DisplayName("callers who give up on a slow service do not use up its connections: once it answers again, so does the gateway")
    void abandonedRequestsGiveTheirConnectionsBack() throws Exception {
        String token = TestTokens.healthVisitor();
        // more abandoned requests than the service has connections (3 in tests), to a service that never answers and to one
        // that answers after its caller has left: each held a connection until then
        for (String path : List.of("/api/plans/slow", "/api/plans/late")) {
            AtomicInteger taken = path.endsWith("slow") ? StubServices.silentTaken : StubServices.lateTaken;
            for (int i = 0; i < 6; i++) {
                int before = taken.get();
                try (Socket caller = sendAndKeepOpen(path, token)) {
                    await().atMost(Duration.ofSeconds(5)).until(() -> taken.get() > before);
                }
            }
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().auth().oauth2(token).get("/api/plans").then().statusCode(200));
    }
}
