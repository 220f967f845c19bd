package org.earlyhelp.referral;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.earlyhelp.localstack.ServiceTestStack;
import org.earlyhelp.localstack.TestTokens;
import org.earlyhelp.localstack.TopicReader;
import org.earlyhelp.platform.outbox.OutboxMessage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The platform's relay against a real broker when one event cannot be published: it is parked, the rest go on,
 * nothing acknowledged is sent again, and the poison event's family keeps its order. The oversized row is written
 * directly (as one written before the size check existed would be), larger than the broker's 1 MiB: the Outbox itself
 * refuses such an event. Before parking, this event was retried for ever and the events behind it sent again each second.
 */
@QuarkusTest
class OutboxParkingTest {

    static final String TOPIC = "earlyhelp.referral.events";
    final TopicReader broker = new TopicReader(ServiceTestStack.kafka().bootstrapServers());

    @Inject
    EntityManager entityManager;
    @Inject
    Clock clock;

    @Test
    @DisplayName("an event the broker refuses is parked and visible to ops; other families' events go on, once each; its family's later events wait")
    void poisonEventIsParkedAndTheRelayGoesOn() {
        UUID poisoned = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        UUID big = write(poisoned, "{\"pad\":\"" + "x".repeat(1_200_000) + "\"}");
        UUID behind = write(poisoned, "{\"familyId\":\"" + poisoned + "\"}");
        UUID fine = write(other, "{\"familyId\":\"" + other + "\"}");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(row(big).parkedAt).isNotNull();
            assertThat(row(big).parkReason).isEqualTo("RecordTooLargeException");
            assertThat(row(fine).sentAt).isNotNull();
        });
        assertThat(broker.recordsFor(TOPIC, other.toString())).hasSize(1);
        // later passes run every second: the sent event is not sent again, the held one not at all
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(broker.recordsFor(TOPIC, other.toString())).hasSize(1);
            assertThat(broker.recordsFor(TOPIC, poisoned.toString())).isEmpty();
            assertThat(row(behind).sentAt).isNull();
        });

        given().auth().oauth2(TestTokens.token("ops", TestTokens.DEFAULT_AREA, "council", "admin"))
                .queryParam("size", 200).get("/ops/outbox/parked").then().statusCode(200)
                .body("items.eventId", hasItem(row(big).eventId.toString()))
                .body("items.find { it.eventId == '" + row(big).eventId + "' }.heldBehind", equalTo(1))
                .body("items.find { it.eventId == '" + row(big).eventId + "' }.reason", equalTo("RecordTooLargeException"));
        given().auth().oauth2(TestTokens.earlyHelpTeam()).get("/ops/outbox/parked").then().statusCode(403);

        given().auth().oauth2(TestTokens.token("ops", TestTokens.DEFAULT_AREA, "council", "admin"))
                .post("/ops/outbox/parked/{id}/retry", row(big).eventId).then().statusCode(202).body("status", equalTo("QUEUED"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(row(big).parkedAt).isNotNull());
        assertThat(row(behind).sentAt).isNull();
        // the lag an alert reads: the parked event is still unsent, written at least the 3 s watched above ago (the retry
        // refreshed the gauges)
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        java.util.regex.Matcher lag = java.util.regex.Pattern.compile("(?m)^earlyhelp_outbox_lag_seconds(\\{[^}]*\\})? ([0-9.E]+)$")
                .matcher(metrics);
        assertThat(lag.find()).as("earlyhelp_outbox_lag_seconds in /q/metrics").isTrue();
        assertThat(Double.parseDouble(lag.group(2))).isGreaterThanOrEqualTo(3.0);
        given().auth().oauth2(TestTokens.token("ops", TestTokens.DEFAULT_AREA, "council", "admin"))
                .post("/ops/outbox/parked/{id}/retry", UUID.randomUUID()).then().statusCode(404);
    }

    private UUID write(UUID familyId, String payload) {
        return QuarkusTransaction.requiringNew().call(() -> {
            OutboxMessage message = new OutboxMessage();
            message.eventId = UUID.randomUUID();
            message.topic = TOPIC;
            message.recordKey = familyId.toString();
            message.type = "earlyhelp.referral.test-only.v1";
            message.occurredAt = clock.instant();
            message.payload = payload;
            entityManager.persist(message);
            entityManager.flush();
            return message.eventId;
        });
    }

    private OutboxMessage row(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("from OutboxMessage where eventId = :id", OutboxMessage.class).setParameter("id", eventId).getSingleResult());
    }
}
