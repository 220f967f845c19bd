package org.earlyhelp.notification.webhooks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.earlyhelp.events.Professional;
import org.earlyhelp.events.plan.PlanOpenedV1;
import org.earlyhelp.localstack.ServiceTestStack;
import org.earlyhelp.localstack.TestTokens;
import org.earlyhelp.localstack.TopicWriter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.standardwebhooks.Webhook;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Partner webhooks end to end inside the service: events from the real broker, a real HTTP
 * receiver, signatures checked with the subscription's secret. (Test settings: retries from
 * 100 ms, a subscription disabled after 3 consecutive failures.)
 */
@QuarkusTest
class WebhookDeliveryTest {

    static final String PLAN_OPENED = "earlyhelp.plan.plan-opened.v1";

    @Inject
    ObjectMapper json;

    record Subscribed(String id, String secret) {
    }

    Subscribed subscribe(String url, String token) {
        var created = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("url", url, "eventTypes", List.of(PLAN_OPENED)))
                .post("/api/webhook-subscriptions").then().statusCode(201)
                .body("secret", startsWith("whsec_")).body("status", equalTo("ACTIVE")).extract();
        return new Subscribed(created.path("id"), created.path("secret"));
    }

    /** The signature as the Standard Webhooks specification defines it, computed here by hand. */
    static String hmac(String secret, String signed) throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(java.util.Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        return java.util.Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    void unsubscribe(Subscribed subscription) {
        given().auth().oauth2(TestTokens.partnerSystem()).delete("/api/webhook-subscriptions/{id}", subscription.id()).then().statusCode(204);
    }

    String publishPlanOpened(UUID familyId, String eventId) throws Exception {
        PlanOpenedV1 event = new PlanOpenedV1(familyId, TestTokens.DEFAULT_AREA, UUID.randomUUID(), "STEP_DOWN", UUID.randomUUID(),
                new Professional("teacher", "Tess Teacher", "school", "DSL"), List.of(), LocalDate.of(2027, 3, 22), false);
        try (TopicWriter writer = new TopicWriter(ServiceTestStack.kafka().bootstrapServers())) {
            writer.send("earlyhelp.plan.events", familyId.toString(), eventId, PLAN_OPENED, json.writeValueAsString(event));
        }
        return eventId;
    }

    @Test
    @DisplayName("a receiver that fails twice then succeeds gets the event once delivered, with a valid Standard Webhooks signature; a redelivered Kafka event makes no second message")
    void failsTwiceThenSucceeds() throws Exception {
        try (Receiver receiver = new Receiver(500, 503, 204)) {
            Subscribed subscription = subscribe(receiver.url(), TestTokens.partnerSystem());
            UUID familyId = UUID.randomUUID();
            String eventId = publishPlanOpened(familyId, UUID.randomUUID().toString());
            publishPlanOpened(familyId, eventId); // the broker delivers it again

            String mine = "items.find { it.webhookId == '%s' }".formatted(eventId);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(TestTokens.partnerSystem())
                    .get("/api/webhook-subscriptions/{id}/deliveries", subscription.id()).then().statusCode(200)
                    .body(mine + ".status", equalTo("DELIVERED")).body(mine + ".attempts", equalTo(3))
                    .body(mine + ".log.statusCode", equalTo(List.of(500, 503, 204))));
            given().auth().oauth2(TestTokens.partnerSystem()).get("/api/webhook-subscriptions/{id}/deliveries", subscription.id()).then()
                    .body("items.findAll { it.webhookId == '%s' }.size()".formatted(eventId), equalTo(1));

            List<Receiver.Received> got = receiver.received().stream().filter(r -> eventId.equals(r.headers().get("webhook-id"))).toList();
            assertThat(got).hasSize(3);
            assertThat(got).extracting(r -> r.headers().get("webhook-id")).containsOnly(eventId);
            Receiver.Received delivered = got.get(2);
            HttpHeaders headers = HttpHeaders.of(Map.of(
                    "webhook-id", List.of(delivered.headers().get("webhook-id")),
                    "webhook-timestamp", List.of(delivered.headers().get("webhook-timestamp")),
                    "webhook-signature", List.of(delivered.headers().get("webhook-signature"))), (a, b) -> true);
            assertThatCode(() -> new Webhook(subscription.secret()).verify(delivered.body(), headers)).doesNotThrowAnyException();
            assertThat(delivered.headers().get("webhook-signature")).isEqualTo("v1," + hmac(subscription.secret(),
                    eventId + "." + delivered.headers().get("webhook-timestamp") + "." + delivered.body()));
            assertThat(delivered.body()).contains("\"type\":\"" + PLAN_OPENED + "\"", familyId.toString(), "\"userId\":\"teacher\"")
                    .doesNotContain("Tess Teacher");
            assertThatCode(() -> new Webhook(WebhookSecrets.generate()).verify(delivered.body(), headers))
                    .as("another secret does not verify it").isInstanceOf(Exception.class);
            unsubscribe(subscription);
        }
    }

    @Test
    @DisplayName("a receiver that never succeeds gets its subscription disabled after 3 consecutive failures, and the delivery log says so; enabling it again is the partner's call")
    void neverSucceedsIsDisabled() throws Exception {
        try (Receiver receiver = new Receiver(500)) {
            Subscribed subscription = subscribe(receiver.url(), TestTokens.partnerSystem());
            String eventId = publishPlanOpened(UUID.randomUUID(), UUID.randomUUID().toString());

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(TestTokens.partnerSystem())
                    .get("/api/webhook-subscriptions/{id}", subscription.id()).then().body("status", equalTo("DISABLED")));
            given().auth().oauth2(TestTokens.partnerSystem()).get("/api/webhook-subscriptions/{id}", subscription.id()).then()
                    .body("disabledReason", containsString("3 consecutive failed"));
            given().auth().oauth2(TestTokens.partnerSystem()).get("/api/webhook-subscriptions/{id}/deliveries", subscription.id()).then()
                    .body("items.status", org.hamcrest.Matchers.everyItem(equalTo("ABANDONED")))
                    .body("items.collectMany { it.log }.note", org.hamcrest.Matchers.hasItem(
                            containsString("Disabled after 3 consecutive failed delivery attempts")));
            assertThat(receiver.received()).hasSize(3).allSatisfy(r -> assertThat(r.answeredWith()).isEqualTo(500));
            assertThat(receiver.received()).anyMatch(r -> eventId.equals(r.headers().get("webhook-id")));

            given().auth().oauth2(TestTokens.partnerSystem()).post("/api/webhook-subscriptions/{id}/enable", subscription.id()).then()
                    .statusCode(200).body("status", equalTo("ACTIVE")).body("consecutiveFailures", equalTo(0));
            unsubscribe(subscription);
        }
    }

    @Test
    @DisplayName("the partner asks for a delivered message again: it is sent again with the same webhook-id")
    void redelivery() throws Exception {
        try (Receiver receiver = new Receiver(204)) {
            Subscribed subscription = subscribe(receiver.url(), TestTokens.partnerSystem());
            String eventId = publishPlanOpened(UUID.randomUUID(), UUID.randomUUID().toString());
            String mine = "items.find { it.webhookId == '%s' }".formatted(eventId);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(TestTokens.partnerSystem())
                    .get("/api/webhook-subscriptions/{id}/deliveries", subscription.id()).then().body(mine + ".status", equalTo("DELIVERED")));
            String delivery = given().auth().oauth2(TestTokens.partnerSystem())
                    .get("/api/webhook-subscriptions/{id}/deliveries", subscription.id()).then().extract().path(mine + ".id");
            given().auth().oauth2(TestTokens.partnerSystem())
                    .post("/api/webhook-subscriptions/{id}/deliveries/{d}/redelivery", subscription.id(), delivery).then().statusCode(202);
            await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received().stream()
                    .filter(r -> eventId.equals(r.headers().get("webhook-id"))).count() == 2);
            unsubscribe(subscription);
        }
    }

    @Test
    @DisplayName("subscribing: an unknown event type 422 naming it, a bad URL 400 naming the field, a practitioner 403; another partner's subscription is 404")
    void subscriptionRules() {
        given().auth().oauth2(TestTokens.partnerSystem()).contentType(ContentType.JSON)
                .body(Map.of("url", "https://school.example/hooks", "eventTypes", List.of("earlyhelp.plan.everything.v9")))
                .post("/api/webhook-subscriptions").then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("eventTypes[0]"));
        given().auth().oauth2(TestTokens.partnerSystem()).contentType(ContentType.JSON)
                .body(Map.of("url", "ftp://nowhere", "eventTypes", List.of(PLAN_OPENED)))
                .post("/api/webhook-subscriptions").then().statusCode(400).body("errors[0].field", equalTo("url"));
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                .body(Map.of("url", "https://school.example/hooks", "eventTypes", List.of(PLAN_OPENED)))
                .post("/api/webhook-subscriptions").then().statusCode(403);
        Subscribed mine = subscribe("https://school.example/hooks", TestTokens.partnerSystem());
        String health = TestTokens.token("service-account-health", TestTokens.DEFAULT_AREA, "health", "partner-system");
        given().auth().oauth2(health).get("/api/webhook-subscriptions/{id}", mine.id()).then().statusCode(404);
        given().auth().oauth2(health).get("/api/webhook-subscriptions").then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(TestTokens.partnerSystem()).get("/api/webhook-subscriptions/{id}", mine.id()).then().statusCode(200)
                .body("secret", org.hamcrest.Matchers.nullValue());
        given().auth().oauth2(TestTokens.partnerSystem()).delete("/api/webhook-subscriptions/{id}", mine.id()).then().statusCode(204);
        given().auth().oauth2(TestTokens.partnerSystem()).get("/api/webhook-subscriptions/{id}", mine.id()).then().statusCode(404);
    }
}
