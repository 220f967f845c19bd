package org.earlyhelp.notification.inbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.earlyhelp.events.plan.ReviewScheduledV1;
import org.earlyhelp.localstack.ServiceTestStack;
import org.earlyhelp.localstack.TestTokens;
import org.earlyhelp.localstack.TopicWriter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class StreamAndCountTest {

    @Inject
    ObjectMapper json;

    @TestHTTPResource("/api/notifications/stream")
    URL stream;

    void scheduleReviewFor(String lead, UUID family, UUID plan) throws Exception {
        try (TopicWriter writer = new TopicWriter(ServiceTestStack.kafka().bootstrapServers())) {
            writer.send("earlyhelp.plan.events", family.toString(), UUID.randomUUID().toString(), "earlyhelp.plan.review-scheduled.v1",
                    json.writeValueAsString(new ReviewScheduledV1(family, TestTokens.DEFAULT_AREA, plan, UUID.randomUUID(), "REGULAR",
                            LocalDate.of(2027, 6, 1), lead)));
        }
    }

    @Test
    @DisplayName("GET /api/notifications/stream sends a new notification to its recipient as a server-sent event, and nothing of anyone else's")
    void theStreamSendsWhatArrives() throws Exception {
        String lead = "stream-" + UUID.randomUUID();
        String token = TestTokens.token(lead, TestTokens.DEFAULT_AREA, "school", "practitioner");
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpClient client = HttpClient.newHttpClient();
        // the answer's head arrives once the server has opened the stream; from then on, what arrives is sent
        HttpResponse<Stream<String>> open = client.sendAsync(HttpRequest.newBuilder(URI.create(stream.toString()))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines()).get(10, TimeUnit.SECONDS);
        assertThat(open.statusCode()).isEqualTo(200);
        assertThat(open.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/event-stream"));
        CompletableFuture<Void> reading = CompletableFuture.runAsync(() -> open.body().forEach(lines::add));
        try {
            UUID otherPlan = UUID.randomUUID();
            scheduleReviewFor("somebody-else", UUID.randomUUID(), otherPlan);
            UUID plan = UUID.randomUUID();
            scheduleReviewFor(lead, UUID.randomUUID(), plan);
            await().atMost(Duration.ofSeconds(15)).until(() -> lines.stream().anyMatch(l -> l.startsWith("data:") && l.contains(plan.toString())));
            assertThat(lines).filteredOn(l -> l.startsWith("data:")).noneMatch(l -> l.contains(otherPlan.toString()))
                    .allMatch(l -> l.contains("\"type\":\"REVIEW_SCHEDULED\""));
        } finally {
            open.body().close();
            reading.cancel(true);
        }
    }

    @Test
    @DisplayName("GET /api/notifications/unread-count counts what is unread; reading one takes it off; ?unread=true lists only those")
    void unreadCount() throws Exception {
        String lead = "count-" + UUID.randomUUID();
        String token = TestTokens.token(lead, TestTokens.DEFAULT_AREA, "school", "practitioner");
        given().auth().oauth2(token).get("/api/notifications/unread-count").then().statusCode(200).body("unread", equalTo(0));
        UUID family = UUID.randomUUID();
        scheduleReviewFor(lead, family, UUID.randomUUID());
        scheduleReviewFor(lead, family, UUID.randomUUID());
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().auth().oauth2(token).get("/api/notifications/unread-count")
                .then().body("unread", equalTo(2)));
        String first = given().auth().oauth2(token).get("/api/notifications").then().extract().path("items[0].id");
        given().auth().oauth2(token).post("/api/notifications/{id}/read", first).then().statusCode(200);
        given().auth().oauth2(token).get("/api/notifications/unread-count").then().body("unread", equalTo(1));
        given().auth().oauth2(token).queryParam("unread", true).get("/api/notifications").then().body("total", equalTo(1));
        given().auth().oauth2(token).queryParam("familyId", "nope").get("/api/notifications").then().statusCode(400);
    }
}
