package org.earlyhelp.notification.webhooks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.earlyhelp.events.Professional;
import org.earlyhelp.events.plan.PlanOpenedV1;
import org.earlyhelp.localstack.ServiceTestStack;
import org.earlyhelp.localstack.TestTokens;
import org.earlyhelp.localstack.TopicWriter;
import org.earlyhelp.platform.access.FamilyCircle;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The webhook metrics ops alert on, read from {@code /q/metrics} as Prometheus scrapes them, around real deliveries to a
 * real receiver. (Test settings: retries from 100 ms, a subscription disabled after 3 consecutive failures.) Counters are
 * the JVM's, shared with the other tests: each assertion is on how much one counter moved.
 */
@QuarkusTest
class WebhookMetricsTest {

    @Inject
    ObjectMapper json;
    @Inject
    FamilyCircle circle;

    @Test
    @DisplayName("a receiver answering 500, 503 then 204: two http-error attempts and one delivered in earlyhelp_webhook_attempts_total")
    void attemptsAreCountedByOutcome() throws Exception {
        double httpErrors = metric("earlyhelp_webhook_attempts_total", "outcome", "http-error");
        double delivered = metric("earlyhelp_webhook_attempts_total", "outcome", "delivered");
        try (Receiver receiver = new Receiver(500, 503, 204)) {
            String subscription = subscribe(receiver.url());
            publishPlanOpened();
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(receiver.received()).hasSize(3));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                assertThat(metric("earlyhelp_webhook_attempts_total", "outcome", "http-error") - httpErrors).isGreaterThanOrEqualTo(2.0);
                assertThat(metric("earlyhelp_webhook_attempts_total", "outcome", "delivered") - delivered).isGreaterThanOrEqualTo(1.0);
            });
            unsubscribe(subscription);
        }
    }

    @Test
    @DisplayName("a receiver that never succeeds: its subscription disabled, its delivery counted as given up (subscription-disabled)")
    void deliveriesOfADisabledSubscriptionAreCountedAsGivenUp() throws Exception {
        double givenUp = metric("earlyhelp_webhook_deliveries_given_up_total", "reason", "subscription-disabled");
        try (Receiver receiver = new Receiver(500)) {
            String subscription = subscribe(receiver.url());
            publishPlanOpened();
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(TestTokens.partnerSystem())
                    .get("/api/webhook-subscriptions/{id}", subscription).then().body("status", equalTo("DISABLED")));
            assertThat(metric("earlyhelp_webhook_deliveries_given_up_total", "reason", "subscription-disabled") - givenUp)
                    .isGreaterThanOrEqualTo(1.0);
            unsubscribe(subscription);
        }
    }

    @Test
    @DisplayName("every webhook series is in /q/metrics from the start, before any delivery: each outcome and each reason given up")
    void everySeriesIsScrapedFromTheStart() {
        for (WebhookMetrics.Outcome outcome : WebhookMetrics.Outcome.values()) {
            assertThat(metric("earlyhelp_webhook_attempts_total", "outcome", outcome.tag)).isGreaterThanOrEqualTo(0.0);
        }
        assertThat(metric("earlyhelp_webhook_deliveries_given_up_total", "reason", "retry-window")).isGreaterThanOrEqualTo(0.0);
        assertThat(metric("earlyhelp_webhook_deliveries_given_up_total", "reason", "subscription-disabled")).isGreaterThanOrEqualTo(0.0);
    }

    @Test
    @DisplayName("an attempt's outcome: 2xx delivered, another status an http-error, an address refused at delivery refused, no answer unreachable")
    void outcomeOfAnAttempt() {
        assertThat(WebhookMetrics.Outcome.of(new WebhookDelivery.Attempt(204, null, 5))).isEqualTo(WebhookMetrics.Outcome.DELIVERED);
        assertThat(WebhookMetrics.Outcome.of(new WebhookDelivery.Attempt(410, null, 5))).isEqualTo(WebhookMetrics.Outcome.HTTP_ERROR);
        assertThat(WebhookMetrics.Outcome.of(new WebhookDelivery.Attempt(null, "refused: private address", 0)))
                .isEqualTo(WebhookMetrics.Outcome.REFUSED);
        assertThat(WebhookMetrics.Outcome.of(new WebhookDelivery.Attempt(null, "HttpConnectTimeoutException", 5000)))
                .isEqualTo(WebhookMetrics.Outcome.UNREACHABLE);
    }

    /** One sample of {@code name} with {@code tag="value"} in /q/metrics; 0 when absent. */
    static double metric(String name, String tag, String value) {
        String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher sample = Pattern.compile("(?m)^" + name + "\\{([^}]*)\\} ([0-9.Ee+-]+)$").matcher(text);
        while (sample.find()) {
            if (sample.group(1).contains(tag + "=\"" + value + "\"")) {
                return Double.parseDouble(sample.group(2));
            }
        }
        throw new AssertionError(name + "{" + tag + "=\"" + value + "\"} is not in /q/metrics");
    }

    String subscribe(String url) {
        return given().auth().oauth2(TestTokens.partnerSystem()).contentType(ContentType.JSON)
                .body(Map.of("url", url, "eventTypes", List.of("earlyhelp.plan.plan-opened.v1")))
                .post("/api/webhook-subscriptions").then().statusCode(201).extract().path("id");
    }

    void unsubscribe(String subscription) {
        given().auth().oauth2(TestTokens.partnerSystem()).delete("/api/webhook-subscriptions/{id}", subscription).then().statusCode(204);
    }

    /** A plan opened for a family whose consent names the partner's agency (school). */
    void publishPlanOpened() throws Exception {
        UUID familyId = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> circle.addAgencies(TestTokens.DEFAULT_AREA, familyId, List.of("school"), UUID.randomUUID()));
        PlanOpenedV1 event = new PlanOpenedV1(familyId, TestTokens.DEFAULT_AREA, UUID.randomUUID(), "STEP_DOWN", UUID.randomUUID(),
                new Professional("teacher", "Tess Teacher", "school", "DSL"), List.of(), LocalDate.of(2027, 3, 22), false);
        try (TopicWriter writer = new TopicWriter(ServiceTestStack.kafka().bootstrapServers())) {
            writer.send("earlyhelp.plan.events", familyId.toString(), UUID.randomUUID().toString(), "earlyhelp.plan.plan-opened.v1",
                    json.writeValueAsString(event));
        }
    }
}
