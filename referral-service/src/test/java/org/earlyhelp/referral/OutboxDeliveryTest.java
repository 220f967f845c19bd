package org.earlyhelp.referral;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.earlyhelp.localstack.KafkaServer;
import org.earlyhelp.localstack.ServiceTestStack;
import org.earlyhelp.localstack.TestTokens;
import org.earlyhelp.localstack.TopicReader;
import org.earlyhelp.platform.time.RecordedDates;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The platform's transactional outbox, proven against a real broker. */
@QuarkusTest
class OutboxDeliveryTest {

    static final String TOPIC = "earlyhelp.referral.events";
    final KafkaServer kafka = ServiceTestStack.kafka();
    final TopicReader broker = new TopicReader(kafka.bootstrapServers());
    @Inject
    Clock clock;

    @Test
    @DisplayName("(a) each state change publishes exactly one event, each with its own id")
    void oneEventPerStateChange() {
        UUID familyId = CscFamilies.known();
        String first = propose(familyId);
        propose(familyId);
        accept(first);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(types(familyId)).hasSize(3));
        assertThat(types(familyId)).containsExactly("earlyhelp.referral.step-down-proposed.v1",
                "earlyhelp.referral.step-down-proposed.v1", "earlyhelp.referral.step-down-accepted.v1");
        assertThat(broker.recordsFor(TOPIC, familyId.toString()).stream().map(r -> TopicReader.header(r, "ce_id")).distinct())
                .hasSize(3);
    }

    @Test
    @DisplayName("(b) with the broker stopped writes still succeed; when it is back every event arrives, in order per family")
    void brokerOutageDelaysButLosesNothing() {
        UUID familyA = CscFamilies.known();
        UUID familyB = CscFamilies.known();
        kafka.stop();
        List<String> expectedA = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                String a = propose(familyA);
                expectedA.add("proposed:" + a);
                propose(familyB);
                accept(a);
                expectedA.add("accepted:" + a);
            }
        } finally {
            kafka.restart();
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(sequence(familyA)).containsExactlyElementsOf(expectedA));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(types(familyB)).hasSize(3));
    }

    private List<String> types(UUID familyId) {
        return broker.recordsFor(TOPIC, familyId.toString()).stream().map(r -> TopicReader.header(r, "ce_type")).toList();
    }

    /** "proposed:<id>" / "accepted:<id>" in the order the broker holds them. */
    private List<String> sequence(UUID familyId) {
        List<String> sequence = new ArrayList<>();
        for (ConsumerRecord<String, String> record : broker.recordsFor(TOPIC, familyId.toString())) {
            String type = TopicReader.header(record, "ce_type");
            String stepDownId = record.value().replaceAll(".*\"stepDownId\":\"([^\"]+)\".*", "$1");
            sequence.add((type.contains("accepted") ? "accepted:" : "proposed:") + stepDownId);
        }
        return sequence;
    }

    private String propose(UUID familyId) {
        return given().auth().oauth2(TestTokens.socialWorker()).contentType(ContentType.JSON)
                .body("""
                        {"familyId": "%s", "childMemberIds": ["%s"], "cscCaseReference": "CSC-1",
                         "socialWorker": {"userId": "sw", "name": "Sam Social"}, "reason": "Stepping down",
                         "familyConsented": true,
                         "proposedLeadProfessional": {"userId": "teacher", "name": "Tess Teacher", "agency": "school", "role": "DSL"},
                         "goalsCarriedOver": []}
                        """.formatted(familyId, UUID.randomUUID()))
                .post("/api/step-downs").then().statusCode(201).extract().path("id");
    }

    private void accept(String id) {
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body("{\"acceptedOn\": \"" + RecordedDates.today(clock) + "\"}")
                .post("/api/step-downs/{id}/acceptance", id).then().statusCode(200);
    }
}
