package org.earlyhelp.notification.webhooks;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Partner webhook deliveries for ops ({@code /q/metrics}): every attempt by outcome,
 * {@code earlyhelp_webhook_attempts_total{outcome="delivered|http-error|unreachable|refused"}}, and the deliveries given
 * up, {@code earlyhelp_webhook_deliveries_given_up_total{reason="retry-window|subscription-disabled"}}. No partner, URL or
 * family in a tag: the delivery log ({@code /api/webhook-subscriptions/{id}/deliveries}) says which. Created at start
 * ({@code @Startup}), so every series is scraped at 0 from the first scrape, before any delivery.
 */
@ApplicationScoped
@io.quarkus.runtime.Startup
public class WebhookMetrics {

    /** What an attempt came to, as a tag value. */
    enum Outcome {
        DELIVERED("delivered"), HTTP_ERROR("http-error"), UNREACHABLE("unreachable"), REFUSED("refused");

        final String tag;

        Outcome(String tag) {
            this.tag = tag;
        }

        /** A 2xx is delivered; any other answer an HTTP error; an address refused at delivery refused; no answer unreachable. */
        static Outcome of(WebhookDelivery.Attempt attempt) {
            if (attempt.succeeded()) {
                return DELIVERED;
            }
            if (attempt.statusCode() != null) {
                return HTTP_ERROR;
            }
            return attempt.error() != null && attempt.error().startsWith("refused") ? REFUSED : UNREACHABLE;
        }
    }

    private final java.util.Map<Outcome, Counter> attempts = new java.util.EnumMap<>(Outcome.class);
    private final Counter gaveUpAfterRetries;
    private final Counter abandonedWithSubscription;

    public WebhookMetrics(MeterRegistry registry) {
        for (Outcome outcome : Outcome.values()) {
            attempts.put(outcome, Counter.builder("earlyhelp.webhook.attempts").tag("outcome", outcome.tag)
                    .description("Partner webhook delivery attempts, by outcome").register(registry));
        }
        gaveUpAfterRetries = givenUp(registry, "retry-window");
        abandonedWithSubscription = givenUp(registry, "subscription-disabled");
    }

    private static Counter givenUp(MeterRegistry registry, String reason) {
        return Counter.builder("earlyhelp.webhook.deliveries.given.up").tag("reason", reason)
                .description("Partner webhook deliveries given up: retried for the whole window, or abandoned when their subscription"
                        + " was disabled after consecutive failures")
                .register(registry);
    }

    void attempted(WebhookDelivery.Attempt attempt) {
        attempts.get(Outcome.of(attempt)).increment();
    }

    void gaveUp() {
        gaveUpAfterRetries.increment();
    }

    void abandoned(int deliveries) {
        abandonedWithSubscription.increment(deliveries);
    }
}
