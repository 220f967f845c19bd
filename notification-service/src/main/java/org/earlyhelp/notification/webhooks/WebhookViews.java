package org.earlyhelp.notification.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public final class WebhookViews {

    /** A subscription; {@code secret} only in the answer that created it. */
    public record Subscription(UUID id, String url, List<String> eventTypes, SubscriptionStatus status, int consecutiveFailures,
            Instant disabledAt, String disabledReason, Instant createdAt, String secret) {

        static Subscription of(WebhookSubscription s, boolean withSecret) {
            return new Subscription(s.id(), s.url(), s.eventTypes(), s.status(), s.consecutiveFailures(), s.disabledAt(),
                    s.disabledReason(), s.createdAt(), withSecret ? s.secret() : null);
        }
    }

    public record Attempt(int attempt, Instant at, Integer statusCode, String error, long millis, String note) {
        static Attempt of(DeliveryAttempt a) {
            return new Attempt(a.attempt(), a.attemptedAt(), a.statusCode(), a.error(), a.millis(), a.note());
        }
    }

    /** The delivery log entry: the message, where it stands, and every attempt. */
    public record Delivery(UUID id, UUID webhookId, String eventType, DeliveryStatus status, int attempts, Instant createdAt,
            Instant nextAttemptAt, Instant deliveredAt, List<Attempt> log) {

        static Delivery of(WebhookDelivery d, List<DeliveryAttempt> attempts) {
            return new Delivery(d.id(), d.eventId(), d.eventType(), d.status(), d.attempts(), d.createdAt(), d.nextAttemptAt(),
                    d.deliveredAt(), attempts.stream().map(Attempt::of).toList());
        }
    }

    private WebhookViews() {
    }
}
