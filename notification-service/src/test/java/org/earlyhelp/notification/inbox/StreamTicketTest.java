package org.earlyhelp.notification.inbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.earlyhelp.events.plan.ReviewScheduledV1;
import org.earlyhelp.notification.AdjustableClock;
import org.earlyhelp.localstack.ServiceTestStack;
import org.earlyhelp.localstack.TestTokens;
import org.earlyhelp.localstack.TopicWriter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** The stream ticket: for a browser's EventSource, which cannot send the bearer token the stream otherwise needs. */
@QuarkusTest
class StreamTicketTest {

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    AdjustableClock adjustable;

    @TestHTTPResource("/api/notifications/stream")
    URL stream;

    final HttpClient client = HttpClient.newHttpClient();

    void scheduleReviewFor(String lead, UUID family, UUID plan) throws Exception {
        try (TopicWriter writer = new TopicWriter(ServiceTestStack.kafka().bootstrapServers())) {
            writer.send("earlyhelp.plan.events", family.toString(), UUID.randomUUID().toString(), "earlyhelp.plan.review-scheduled.v1",
                    json.writeValueAsString(new ReviewScheduledV1(family, TestTokens.DEFAULT_AREA, plan, UUID.randomUUID(), "REGULAR",
                            LocalDate.of(2027, 6, 1), lead)));
        }
    }

    static String ticketFor(String token) {
        return given().auth().oauth2(token).post("/api/notifications/stream-tickets").then().statusCode(200)
                .contentType("application/json").extract().path("ticket");
    }

    /** Opens the stream with a ticket and no Authorization header, as an EventSource does. */
    HttpResponse<Stream<String>> openWithTicket(String ticket) throws Exception {
        return client.sendAsync(HttpRequest.newBuilder(URI.create(stream + "?ticket=" + ticket)).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines()).get(10, TimeUnit.SECONDS);
    }

    @Test
    @DisplayName("POST /api/notifications/stream-tickets answers 200 {ticket, expiresAt} about 30 s ahead; the stream opens with it and no token, "
            + "sends the ticket holder's new notifications and nobody else's, and audits them as streamed to that holder")
    void aTicketOpensTheCallersStream() throws Exception {
        String lead = "ticket-" + UUID.randomUUID();
        String token = TestTokens.token(lead, TestTokens.DEFAULT_AREA, "school", "practitioner");
        Instant before = clock.instant();
        var issued = given().auth().oauth2(token).post("/api/notifications/stream-tickets").then().statusCode(200)
                .contentType("application/json").extract();
        String ticket = issued.path("ticket");
        Instant expiresAt = Instant.parse(issued.path("expiresAt"));
        assertThat(expiresAt).isBetween(before.plusSeconds(30), clock.instant().plusSeconds(30));

        HttpResponse<Stream<String>> open = openWithTicket(ticket);
        assertThat(open.statusCode()).isEqualTo(200);
        assertThat(open.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/event-stream"));
        List<String> lines = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> reading = CompletableFuture.runAsync(() -> open.body().forEach(lines::add));
        UUID family = UUID.randomUUID();
        UUID plan = UUID.randomUUID();
        UUID otherPlan = UUID.randomUUID();
        try {
            // a comment at once, before any notification: a proxy in front (the gateway) passes the answer's head on with it
            await().atMost(Duration.ofSeconds(10)).until(() -> lines.stream().anyMatch(l -> l.startsWith(":") && l.contains("connected")));
            scheduleReviewFor("somebody-else", UUID.randomUUID(), otherPlan);
            scheduleReviewFor(lead, family, plan);
            await().atMost(Duration.ofSeconds(15)).until(() -> lines.stream().anyMatch(l -> l.startsWith("data:") && l.contains(plan.toString())));
            assertThat(lines).filteredOn(l -> l.startsWith("data:")).noneMatch(l -> l.contains(otherPlan.toString()));
        } finally {
            open.body().close();
            reading.cancel(true);
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(given().auth().oauth2(TestTokens.auditor())
                .queryParam("familyId", family).get("/api/audit").then().statusCode(200)
                .extract().<List<String>>path("items.findAll { it.userId == '" + lead + "' }.action")).contains("notification.stream"));
    }

    @Test
    @DisplayName("a ticket opens one stream only: used again it is 401 problem, and so is an unknown or malformed one")
    void aTicketIsSingleUse() throws Exception {
        String ticket = ticketFor(TestTokens.teacher());
        HttpResponse<Stream<String>> first = openWithTicket(ticket);
        assertThat(first.statusCode()).isEqualTo(200);
        first.body().close();
        given().queryParam("ticket", ticket).get("/api/notifications/stream").then().statusCode(401)
                .contentType("application/problem+json").body("detail", containsString("unknown, expired or already used"));
        given().queryParam("ticket", "A".repeat(43)).get("/api/notifications/stream").then().statusCode(401)
                .contentType("application/problem+json");
        given().queryParam("ticket", "x".repeat(5000)).get("/api/notifications/stream").then().statusCode(401);
        given().queryParam("ticket", "").get("/api/notifications/stream").then().statusCode(401);
    }

    @Test
    @DisplayName("a ticket redeemed 31 s after issue by the platform clock has expired: 401 problem, nothing streamed")
    void aTicketExpiresByThePlatformClock() {
        String ticket = ticketFor(TestTokens.teacher());
        // the platform clock moved on 31 s, for this test only: whatever day the suite runs as, time keeps running from there
        adjustable.advance(Duration.ofSeconds(31));
        try {
            given().queryParam("ticket", ticket).get("/api/notifications/stream").then().statusCode(401)
                    .contentType("application/problem+json").body("status", equalTo(401));
        } finally {
            adjustable.reset();
        }
    }

    @Test
    @DisplayName("the stream without a ticket still needs a token with a notification role: none 401, an auditor's 403; an auditor gets no ticket")
    void withoutATicketTheTokenRulesStand() {
        given().get("/api/notifications/stream").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forgedToken("teacher")).get("/api/notifications/stream").then().statusCode(401);
        given().auth().oauth2(TestTokens.auditor()).get("/api/notifications/stream").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.auditor()).post("/api/notifications/stream-tickets").then().statusCode(403);
        given().post("/api/notifications/stream-tickets").then().statusCode(401);
    }
}
