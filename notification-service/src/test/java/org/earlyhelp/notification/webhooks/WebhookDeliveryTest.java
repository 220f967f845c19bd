package org.earlyhelp.notification.webhooks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.earlyhelp.events.Professional;
import org.earlyhelp.events.assessment.ConsentRecordedV1;
import org.earlyhelp.events.assessment.ConsentWithdrawnV1;
import org.earlyhelp.events.plan.PlanOpenedV1;
import org.earlyhelp.localstack.ServiceTestStack;
import org.earlyhelp.localstack.TestTokens;
import org.earlyhelp.localstack.TopicWriter;
import org.earlyhelp.platform.access.FamilyCircle;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.standardwebhooks.Webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
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
    java.time.Clock clock;

    @Inject
    ObjectMapper json;
    @Inject
    FamilyCircle circle;

    /** A family whose consent names {@code agency}, as the circle holds it once ConsentRecorded was applied. */
    UUID familyKnownTo(String agency) {
        UUID familyId = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> circle.addAgencies(TestTokens.DEFAULT_AREA, familyId, List.of(agency), UUID.randomUUID()));
        return familyId;
    }

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
            UUID familyId = familyKnownTo("school");
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
            // what a partner checks with the Standard Webhooks library: the signature over id, timestamp and body, and a
            // timestamp within five minutes of its own clock. The library's verify() reads the wall clock, and the suite may
            // move the platform's clock to another day (-Dearlyhelp.clock.today), so the time is checked against that clock.
            long timestamp = Long.parseLong(delivered.headers().get("webhook-timestamp"));
            assertThat(new Webhook(subscription.secret()).sign(eventId, timestamp, delivered.body()))
                    .isEqualTo(delivered.headers().get("webhook-signature"));
            assertThat(Math.abs(clock.instant().getEpochSecond() - timestamp)).as("seconds from the platform clock").isLessThan(300);
            assertThat(delivered.headers().get("webhook-signature")).isEqualTo("v1," + hmac(subscription.secret(),
                    eventId + "." + delivered.headers().get("webhook-timestamp") + "." + delivered.body()));
            assertThat(delivered.body()).contains("\"type\":\"" + PLAN_OPENED + "\"", familyId.toString(), "\"userId\":\"teacher\"")
                    .doesNotContain("Tess Teacher");
            assertThat(new Webhook(WebhookSecrets.generate()).sign(eventId, timestamp, delivered.body()))
                    .as("another secret does not sign it so").isNotEqualTo(delivered.headers().get("webhook-signature"));
            unsubscribe(subscription);
        }
    }

    @Test
    @DisplayName("a receiver that never succeeds gets its subscription disabled after 3 consecutive failures, and the delivery log says so; enabling it again is the partner's call")
    void neverSucceedsIsDisabled() throws Exception {
        try (Receiver receiver = new Receiver(500)) {
            Subscribed subscription = subscribe(receiver.url(), TestTokens.partnerSystem());
            String eventId = publishPlanOpened(familyKnownTo("school"), UUID.randomUUID().toString());

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
            String eventId = publishPlanOpened(familyKnownTo("school"), UUID.randomUUID().toString());
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
    @DisplayName("a consent withdrawn after an event was queued stops it: a later (re)delivery is abandoned, logged as no longer shared, and nothing is sent")
    void aWithdrawnConsentStopsDeliveriesAlreadyQueued() throws Exception {
        try (Receiver receiver = new Receiver(204)) {
            Subscribed subscription = subscribe(receiver.url(), TestTokens.partnerSystem());
            UUID familyId = UUID.randomUUID();
            UUID consentId = UUID.randomUUID();
            QuarkusTransaction.requiringNew().run(() -> circle.addAgencies(TestTokens.DEFAULT_AREA, familyId, List.of("school"), consentId));
            String eventId = publishPlanOpened(familyId, UUID.randomUUID().toString());
            String mine = "items.find { it.webhookId == '%s' }".formatted(eventId);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(TestTokens.partnerSystem())
                    .get("/api/webhook-subscriptions/{id}/deliveries", subscription.id()).then().body(mine + ".status", equalTo("DELIVERED")));
            String delivery = given().auth().oauth2(TestTokens.partnerSystem())
                    .get("/api/webhook-subscriptions/{id}/deliveries", subscription.id()).then().extract().path(mine + ".id");
            QuarkusTransaction.requiringNew().run(() -> circle.endAllFrom(consentId)); // the family withdrew the consent
            given().auth().oauth2(TestTokens.partnerSystem())
                    .post("/api/webhook-subscriptions/{id}/deliveries/{d}/redelivery", subscription.id(), delivery).then().statusCode(202);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(TestTokens.partnerSystem())
                    .get("/api/webhook-subscriptions/{id}/deliveries", subscription.id()).then().body(mine + ".status", equalTo("ABANDONED"))
                    .body(mine + ".log.note", org.hamcrest.Matchers.hasItem("Not sent: the family is no longer shared with this partner")));
            assertThat(receiver.received().stream().filter(r -> eventId.equals(r.headers().get("webhook-id"))).count()).isEqualTo(1);
            unsubscribe(subscription);
        }
    }

    @Test
    @DisplayName("subscribing: an unknown event type 422 naming it, a bad URL 400 naming the field, a practitioner 403; another partner's subscription is 404")
    void subscriptionRules() {
        given().auth().oauth2(TestTokens.partnerSystem()).contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:9/hooks", "eventTypes", List.of("earlyhelp.plan.everything.v9")))
                .post("/api/webhook-subscriptions").then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("eventTypes[0]"));
        given().auth().oauth2(TestTokens.partnerSystem()).contentType(ContentType.JSON)
                .body(Map.of("url", "ftp://nowhere", "eventTypes", List.of(PLAN_OPENED)))
                .post("/api/webhook-subscriptions").then().statusCode(400).body("errors[0].field", equalTo("url"));
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:9/hooks", "eventTypes", List.of(PLAN_OPENED)))
                .post("/api/webhook-subscriptions").then().statusCode(403);
        Subscribed mine = subscribe("http://127.0.0.1:9/hooks", TestTokens.partnerSystem());
        String health = TestTokens.token("service-account-health", TestTokens.DEFAULT_AREA, "health", "partner-system");
        given().auth().oauth2(health).get("/api/webhook-subscriptions/{id}", mine.id()).then().statusCode(404);
        given().auth().oauth2(health).get("/api/webhook-subscriptions").then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(TestTokens.partnerSystem()).get("/api/webhook-subscriptions/{id}", mine.id()).then().statusCode(200)
                .body("secret", org.hamcrest.Matchers.nullValue());
        given().auth().oauth2(TestTokens.partnerSystem()).delete("/api/webhook-subscriptions/{id}", mine.id()).then().statusCode(204);
        given().auth().oauth2(TestTokens.partnerSystem()).get("/api/webhook-subscriptions/{id}", mine.id()).then().statusCode(404);
    }

    @Test
    @DisplayName("a partner receives events only for families its agency sees: a consent naming it, or its own registration; not a family shared with health only, nor one whose consent was withdrawn")
    void eventsReachOnlyPartnersWhoSeeTheFamily() throws Exception {
        try (Receiver receiver = new Receiver(200)) {
            Subscribed subscription = subscribe(receiver.url(), TestTokens.partnerSystem());
            UUID shared = familyKnownTo("school");
            UUID healthOnly = familyKnownTo("health");
            UUID withdrawn = UUID.randomUUID();
            UUID consentId = UUID.randomUUID();
            try (TopicWriter writer = new TopicWriter(ServiceTestStack.kafka().bootstrapServers())) {
                writer.send("earlyhelp.assessment.events", withdrawn.toString(), UUID.randomUUID().toString(),
                        "earlyhelp.assessment.consent-recorded.v1", json.writeValueAsString(new ConsentRecordedV1(withdrawn,
                                TestTokens.DEFAULT_AREA, consentId, List.of(UUID.randomUUID()), List.of("INFORMATION_SHARING"),
                                List.of("school"), "WRITTEN", LocalDate.of(2027, 1, 4))));
                writer.send("earlyhelp.assessment.events", withdrawn.toString(), UUID.randomUUID().toString(),
                        "earlyhelp.assessment.consent-withdrawn.v1", json.writeValueAsString(new ConsentWithdrawnV1(withdrawn,
                                TestTokens.DEFAULT_AREA, consentId, LocalDate.of(2027, 2, 1))));
            }
            // the consent was applied and then taken back before the plan event comes
            await().atMost(Duration.ofSeconds(20)).until(() -> QuarkusTransaction.requiringNew().call(() -> {
                var links = circle.list("sourceRef", consentId);
                return !links.isEmpty() && links.stream().noneMatch(org.earlyhelp.platform.access.FamilyLink::active);
            }));
            String withdrawnEvent = publishPlanOpened(withdrawn, UUID.randomUUID().toString());
            String healthEvent = publishPlanOpened(healthOnly, UUID.randomUUID().toString());
            String sharedEvent = publishPlanOpened(shared, UUID.randomUUID().toString());
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(receiver.received())
                    .anySatisfy(r -> assertThat(r.headers().get("webhook-id")).isEqualTo(sharedEvent)));
            // the other two were handled (their lead professional was told) and queued for no partner
            for (UUID familyId : List.of(withdrawn, healthOnly)) {
                await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(TestTokens.teacher())
                        .queryParam("familyId", familyId).get("/api/notifications").then().body("total", equalTo(1)));
            }
            assertThat(receiver.received()).extracting(r -> r.headers().get("webhook-id")).doesNotContain(healthEvent, withdrawnEvent);
            given().auth().oauth2(TestTokens.partnerSystem()).get("/api/webhook-subscriptions/{id}/deliveries", subscription.id()).then()
                    .statusCode(200).body("total", equalTo(1));
            unsubscribe(subscription);
        }
    }

    @Test
    @DisplayName("a subscription URL must be public https: loopback, private, link-local (cloud metadata), unique-local and unresolvable hosts are 422 naming url, nothing subscribed")
    void subscriptionUrlsMustBePublic() {
        // (127.0.0.1, where this test's receiver listens, is the one address these tests exempt; names resolving to a
        // private address are in WebhookAddressesTest, with a resolver of its own)
        for (String url : List.of("http://127.0.0.2:8080/hooks", "http://10.0.0.7/hooks", "http://169.254.169.254/latest/meta-data/",
                "http://[::1]:8180/realms", "http://[fd00:ec2::254]/", "http://100.100.100.200/",
                "http://keycloak.internal/hooks", "http://0.0.0.0:8082/api/plans", "http://user:pass@203.0.113.10/hooks")) {
            var answer = given().auth().oauth2(TestTokens.partnerSystem()).contentType(ContentType.JSON)
                    .body(Map.of("url", url, "eventTypes", List.of(PLAN_OPENED))).post("/api/webhook-subscriptions").then().extract();
            assertThat(answer.statusCode()).as(url).isEqualTo(422);
            assertThat(answer.contentType()).as(url).startsWith("application/problem+json");
            assertThat(answer.<String>path("detail")).as(url).startsWith("url: ");
        }
        given().auth().oauth2(TestTokens.partnerSystem()).get("/api/webhook-subscriptions").then().statusCode(200)
                .body("items.url", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(containsString("169.254"))));
    }
}
