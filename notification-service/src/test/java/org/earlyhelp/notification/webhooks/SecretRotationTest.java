package org.earlyhelp.notification.webhooks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.earlyhelp.events.Professional;
import org.earlyhelp.events.plan.PlanOpenedV1;
import org.earlyhelp.localstack.ServiceTestStack;
import org.earlyhelp.localstack.TestTokens;
import org.earlyhelp.localstack.TopicWriter;
import org.earlyhelp.notification.AdjustableClock;
import org.earlyhelp.platform.access.FamilyCircle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * {@code POST /api/webhook-subscriptions/{id}/secret-rotations} and what a partner then receives: two signatures during
 * the overlap, one after it (the platform clock moved past it), each checked with the Standard Webhooks algorithm; the
 * secrets sealed in the database.
 */
@QuarkusTest
class SecretRotationTest {

    static final String PLAN_OPENED = "earlyhelp.plan.plan-opened.v1";
    static final String ROTATIONS = "/api/webhook-subscriptions/{id}/secret-rotations";

    @Inject
    AdjustableClock clock;
    @Inject
    ObjectMapper json;
    @Inject
    FamilyCircle circle;
    @Inject
    EntityManager entityManager;
    @Inject
    SealedSecrets secrets;
    @Inject
    SecretSealingUpgrade upgrade;

    record Subscribed(String id, String secret) {
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    Subscribed subscribe(String url) {
        var created = given().auth().oauth2(TestTokens.partnerSystem()).contentType(ContentType.JSON)
                .body(Map.of("url", url, "eventTypes", List.of(PLAN_OPENED))).post("/api/webhook-subscriptions").then().statusCode(201)
                .body("secret", startsWith("whsec_")).extract();
        return new Subscribed(created.path("id"), created.path("secret"));
    }

    ExtractableResponse<Response> rotate(Subscribed subscription, Map<String, Object> body) {
        var request = given().auth().oauth2(TestTokens.partnerSystem());
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.post(ROTATIONS, subscription.id()).then().extract();
    }

    UUID familyKnownTo(String agency) {
        UUID familyId = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> circle.addAgencies(TestTokens.DEFAULT_AREA, familyId, List.of(agency), UUID.randomUUID()));
        return familyId;
    }

    /** Publishes a PlanOpened for a family the partner sees and waits for the receiver to get it; @return what it got. */
    Receiver.Received deliveredTo(Receiver receiver) throws Exception {
        UUID familyId = familyKnownTo("school");
        String eventId = UUID.randomUUID().toString();
        PlanOpenedV1 event = new PlanOpenedV1(familyId, TestTokens.DEFAULT_AREA, UUID.randomUUID(), "STEP_DOWN", UUID.randomUUID(),
                new Professional("teacher", "Tess Teacher", "school", "DSL"), List.of(), LocalDate.of(2027, 3, 22), false);
        try (TopicWriter writer = new TopicWriter(ServiceTestStack.kafka().bootstrapServers())) {
            writer.send("earlyhelp.plan.events", familyId.toString(), eventId, PLAN_OPENED, json.writeValueAsString(event));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received().stream()
                .anyMatch(r -> eventId.equals(r.headers().get("webhook-id"))));
        return receiver.received().stream().filter(r -> eventId.equals(r.headers().get("webhook-id"))).findFirst().orElseThrow();
    }

    /** The Standard Webhooks signature of a received message with {@code secret}, by hand. */
    static String signature(String secret, Receiver.Received received) throws Exception {
        return "v1," + WebhookSignaturesTest.hmac(secret,
                received.headers().get("webhook-id") + "." + received.headers().get("webhook-timestamp") + "." + received.body());
    }

    Object[] storedSecrets(String id) {
        return QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager
                .createNativeQuery("select secret, previous_secret from webhook_subscription where id = :id")
                .setParameter("id", UUID.fromString(id)).getSingleResult());
    }

    @Test
    @DisplayName("a rotation answers the new secret and previousSecretValidUntil (24 h by default); messages carry both signatures, the new first, until then, and only the new one after")
    void rotationOverlapsThenEnds() throws Exception {
        try (Receiver receiver = new Receiver(204)) {
            Subscribed subscription = subscribe(receiver.url());

            var rotated = rotate(subscription, null);
            assertThat(rotated.statusCode()).isEqualTo(200);
            String newSecret = rotated.path("secret");
            assertThat(newSecret).startsWith("whsec_").isNotEqualTo(subscription.secret());
            assertThat(rotated.<String>path("subscriptionId")).isEqualTo(subscription.id());
            Instant rotatedAt = Instant.parse(rotated.path("rotatedAt"));
            Instant validUntil = Instant.parse(rotated.path("previousSecretValidUntil"));
            assertThat(Duration.between(rotatedAt, validUntil)).isEqualTo(Duration.ofHours(24));

            Receiver.Received during = deliveredTo(receiver);
            assertThat(during.headers().get("webhook-signature"))
                    .isEqualTo(signature(newSecret, during) + " " + signature(subscription.secret(), during));

            clock.advance(Duration.ofHours(25)); // the platform clock past the overlap
            Receiver.Received after = deliveredTo(receiver);
            assertThat(after.headers().get("webhook-signature")).isEqualTo(signature(newSecret, after));
            assertThat(Long.parseLong(after.headers().get("webhook-timestamp"))).as("signed at the platform clock's time")
                    .isGreaterThanOrEqualTo(validUntil.getEpochSecond());

            given().auth().oauth2(TestTokens.partnerSystem()).get("/api/webhook-subscriptions/{id}", subscription.id()).then()
                    .statusCode(200).body("secret", nullValue()).body("secretRotatedAt", notNullValue())
                    .body("previousSecretValidUntil", equalTo(rotated.<String>path("previousSecretValidUntil")));
        }
    }

    @Test
    @DisplayName("overlapHours 0 retires the previous secret at once: the next message has one signature, the new secret's")
    void zeroOverlap() throws Exception {
        try (Receiver receiver = new Receiver(204)) {
            Subscribed subscription = subscribe(receiver.url());
            var rotated = rotate(subscription, Map.of("overlapHours", 0));
            assertThat(rotated.statusCode()).isEqualTo(200);
            assertThat(rotated.<String>path("previousSecretValidUntil")).isEqualTo(rotated.path("rotatedAt"));
            Receiver.Received received = deliveredTo(receiver);
            assertThat(received.headers().get("webhook-signature")).isEqualTo(signature(rotated.path("secret"), received));
        }
    }

    @Test
    @DisplayName("secrets are sealed at rest: neither the current nor the previous secret is in the database in clear")
    void sealedAtRest() {
        Subscribed subscription = subscribe("http://127.0.0.1:9/hooks");
        String created = subscription.secret();
        Object[] stored = storedSecrets(subscription.id());
        assertThat((String) stored[0]).startsWith("sealed:").doesNotContain(created.substring("whsec_".length()));
        assertThat(secrets.open((String) stored[0])).isEqualTo(created);

        String rotated = rotate(subscription, Map.of("overlapHours", 48)).path("secret");
        stored = storedSecrets(subscription.id());
        assertThat((String) stored[0]).startsWith("sealed:");
        assertThat((String) stored[1]).startsWith("sealed:");
        assertThat(secrets.open((String) stored[0])).isEqualTo(rotated);
        assertThat(secrets.open((String) stored[1])).isEqualTo(created);
    }

    @Test
    @DisplayName("a secret stored in clear before sealing is sealed by the start-up upgrade, once: a second run changes nothing")
    void clearSecretsAreSealedOnce() {
        Subscribed subscription = subscribe("http://127.0.0.1:9/hooks");
        String clear = WebhookSecrets.generate();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("update webhook_subscription set secret = :s where id = :id")
                .setParameter("s", clear).setParameter("id", UUID.fromString(subscription.id())).executeUpdate());

        assertThat(upgrade.sealSecretsInClear()).isGreaterThanOrEqualTo(1);
        String sealed = (String) storedSecrets(subscription.id())[0];
        assertThat(sealed).startsWith("sealed:").doesNotContain(clear);
        assertThat(secrets.open(sealed)).isEqualTo(clear);

        assertThat(upgrade.sealSecretsInClear()).isZero();
        assertThat(storedSecrets(subscription.id())[0]).isEqualTo(sealed);
    }

    @Test
    @DisplayName("overlapHours outside 0..168, or not a number: 400 problem naming overlapHours; nothing rotated")
    void badOverlap() {
        Subscribed subscription = subscribe("http://127.0.0.1:9/hooks");
        Object before = storedSecrets(subscription.id())[0];
        for (Object bad : List.of(169, -1, "a day")) {
            var answer = rotate(subscription, Map.of("overlapHours", bad));
            assertThat(answer.statusCode()).as(String.valueOf(bad)).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.asString()).as(String.valueOf(bad)).contains("overlapHours");
        }
        var tooLong = rotate(subscription, Map.of("overlapHours", 169));
        assertThat(tooLong.<String>path("errors[0].field")).isEqualTo("overlapHours");
        assertThat(storedSecrets(subscription.id())[0]).isEqualTo(before);
    }

    @Test
    @DisplayName("only the owning partner may rotate: another partner of the area or of another area 404, a practitioner 403; a rotation is audited")
    void accessAndAudit() {
        Subscribed subscription = subscribe("http://127.0.0.1:9/hooks");
        String health = TestTokens.token("service-account-health", TestTokens.DEFAULT_AREA, "health", "partner-system");
        String elsewhere = TestTokens.token("service-account-partner-school-mis", "another-area", "school", "partner-system");
        given().auth().oauth2(health).post(ROTATIONS, subscription.id()).then().statusCode(404);
        given().auth().oauth2(elsewhere).post(ROTATIONS, subscription.id()).then().statusCode(404);
        given().auth().oauth2(TestTokens.teacher()).post(ROTATIONS, subscription.id()).then().statusCode(403);
        given().auth().oauth2(TestTokens.partnerSystem()).post(ROTATIONS, UUID.randomUUID()).then().statusCode(404);

        assertThat(rotate(subscription, null).statusCode()).isEqualTo(200);
        Number audited = QuarkusTransaction.requiringNew().call(() -> (Number) entityManager.createNativeQuery(
                "select count(*) from audit_entry where action = 'webhook-subscription.secret-rotated' and resource_ref = :ref and user_id = :user")
                .setParameter("ref", "webhook-subscription/" + subscription.id()).setParameter("user", "service-account-partner-school-mis")
                .getSingleResult());
        assertThat(audited.intValue()).isEqualTo(1);
    }
}
