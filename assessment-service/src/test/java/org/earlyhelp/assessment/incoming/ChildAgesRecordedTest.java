package org.earlyhelp.assessment.incoming;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.earlyhelp.assessment.family.ChildAgesRecording;
import org.earlyhelp.events.ChildAge;
import org.earlyhelp.events.Professional;
import org.earlyhelp.events.assessment.ChildAgesRecordedV1;
import org.earlyhelp.events.referral.StepDownAcceptedV1;
import org.earlyhelp.localstack.ServiceTestStack;
import org.earlyhelp.localstack.TestTokens;
import org.earlyhelp.localstack.TopicReader;
import org.earlyhelp.localstack.TopicWriter;
import org.earlyhelp.platform.time.RecordedDates;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** A step-down accepted: this service, which holds dates of birth, tells its children's ages (issue 20). */
@QuarkusTest
class ChildAgesRecordedTest {

    static final String ASSESSMENT_TOPIC = "earlyhelp.assessment.events";
    static final String CHILD_AGES_RECORDED = "earlyhelp.assessment.child-ages-recorded.v1";
    static final String STEP_DOWN_ACCEPTED = "earlyhelp.referral.step-down-accepted.v1";

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    EntityManager entityManager;

    final TopicReader broker = new TopicReader(ServiceTestStack.kafka().bootstrapServers());

    @Test
    @DisplayName("StepDownAccepted, delivered twice: ChildAgesRecorded once, each named child with a date of birth aged on acceptedOn; an unborn child or an id not of the family has no entry; no name or date of birth")
    void aStepDownAcceptedRecordsItsChildrensAgesOnce() throws Exception {
        LocalDate acceptedOn = RecordedDates.today(clock).minusDays(10);
        LocalDate sevenToday = acceptedOn.minusYears(7); // the 7th birthday on acceptedOn itself (a 29 February: 7 years and a day)
        LocalDate fourTomorrow = acceptedOn.minusYears(4).plusDays(1); // still 3 on acceptedOn
        String surname = "Ages" + UUID.randomUUID().toString().substring(0, 8);
        ValidatableResponse family = given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body("""
                {"area": "isle-of-wight", "familyName": "%s", "postcode": "po30 1ud",
                 "members": [
                   {"givenName": "Amy", "familyName": "%s", "dateOfBirth": "%s", "role": "CHILD"},
                   {"givenName": "Ben", "familyName": "%s", "dateOfBirth": "%s", "role": "CHILD"},
                   {"role": "UNBORN", "expectedDateOfBirth": "%s"},
                   {"givenName": "Beth", "familyName": "%s", "dateOfBirth": "1990-05-17", "role": "PARENT"}
                 ]}""".formatted(surname, surname, sevenToday, surname, fourTomorrow, RecordedDates.today(clock).plusMonths(3), surname))
                .post("/api/families").then().statusCode(201);
        UUID familyId = UUID.fromString(family.extract().path("id"));
        UUID amy = UUID.fromString(family.extract().path("members[0].id"));
        UUID ben = UUID.fromString(family.extract().path("members[1].id"));
        UUID unborn = UUID.fromString(family.extract().path("members[2].id"));
        UUID stepDownId = UUID.randomUUID();
        List<UUID> named = List.of(amy, ben, unborn, UUID.randomUUID());

        String otherAreaEvent = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        try (TopicWriter writer = new TopicWriter(ServiceTestStack.kafka().bootstrapServers())) {
            // the same family id in another area first (same key, so applied before the others): nothing published for it
            writer.send("earlyhelp.referral.events", familyId.toString(), otherAreaEvent, STEP_DOWN_ACCEPTED,
                    json.writeValueAsString(stepDown(familyId, "southampton", UUID.randomUUID(), named, acceptedOn)));
            String accepted = json.writeValueAsString(stepDown(familyId, "isle-of-wight", stepDownId, named, acceptedOn));
            writer.send("earlyhelp.referral.events", familyId.toString(), eventId, STEP_DOWN_ACCEPTED, accepted);
            writer.send("earlyhelp.referral.events", familyId.toString(), eventId, STEP_DOWN_ACCEPTED, accepted);
        }

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(childAgesRecorded(familyId)).isNotEmpty());
        await().atMost(Duration.ofSeconds(20)).until(() -> claims(eventId) == 1);
        assertThat(claims(otherAreaEvent)).isEqualTo(1);
        assertThat(outboxRows(familyId)).isEqualTo(1);
        List<ConsumerRecord<String, String>> published = childAgesRecorded(familyId);
        assertThat(published).hasSize(1);
        ChildAgesRecordedV1 event = json.readValue(published.get(0).value(), ChildAgesRecordedV1.class);
        assertThat(event.familyId()).isEqualTo(familyId);
        assertThat(event.area()).isEqualTo("isle-of-wight");
        assertThat(event.occasion()).isEqualTo(ChildAgesRecordedV1.STEP_DOWN_ACCEPTED);
        assertThat(event.occasionRef()).isEqualTo(stepDownId);
        assertThat(event.asOf()).isEqualTo(acceptedOn);
        assertThat(event.childAges()).containsExactly(new ChildAge(amy, 7), new ChildAge(ben, 3));
        assertThat(published.get(0).value()).doesNotContain("Amy", "Ben", surname, sevenToday.toString(), fourTomorrow.toString());
    }

    @Test
    @DisplayName("StepDownAccepted for a family this service does not hold: claimed, nothing published")
    void aFamilyNotHeldHereGetsNothing() throws Exception {
        UUID familyId = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        try (TopicWriter writer = new TopicWriter(ServiceTestStack.kafka().bootstrapServers())) {
            writer.send("earlyhelp.referral.events", familyId.toString(), eventId, STEP_DOWN_ACCEPTED, json.writeValueAsString(
                    stepDown(familyId, "isle-of-wight", UUID.randomUUID(), List.of(UUID.randomUUID()), RecordedDates.today(clock))));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> claims(eventId) == 1);
        assertThat(outboxRows(familyId)).isZero();
    }

    static StepDownAcceptedV1 stepDown(UUID familyId, String area, UUID stepDownId, List<UUID> children, LocalDate acceptedOn) {
        return new StepDownAcceptedV1(familyId, area, stepDownId, children, "sw",
                new Professional("teacher", "Tess Teacher", "school", "DSL"), acceptedOn, List.of());
    }

    List<ConsumerRecord<String, String>> childAgesRecorded(UUID familyId) {
        return broker.recordsFor(ASSESSMENT_TOPIC, familyId.toString()).stream()
                .filter(r -> CHILD_AGES_RECORDED.equals(TopicReader.header(r, "ce_type"))).toList();
    }

    /** Whether the inbox holds this event for the child-ages consumer: it was applied (its effect committed with the claim). */
    long claims(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from inbox where event_id = :id and consumer = :consumer")
                .setParameter("id", UUID.fromString(eventId)).setParameter("consumer", ChildAgesRecording.CONSUMER)
                .getSingleResult()).longValue());
    }

    /** ChildAgesRecorded rows the outbox holds for the family, sent or not. */
    long outboxRows(UUID familyId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from outbox where record_key = :key and ce_type = :type")
                .setParameter("key", familyId.toString()).setParameter("type", CHILD_AGES_RECORDED).getSingleResult()).longValue());
    }
}
