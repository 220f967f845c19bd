package org.earlyhelp.notification.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public final class WebhookViews {

    /**
     * A subscription; {@code secret} (in clear) only in the answer that created it. {@code previousSecretValidUntil}: after a
     * rotation, until when the previous secret also signs messages.
     */
    public record Subscription(UUID id, String url, List<String> eventTypes, SubscriptionStatus status, int consecutiveFailures,
            Instant disabledAt, String disabledReason, Instant createdAt, String secret, Instant secretRotatedAt,
            Instant previousSecretValidUntil) {

        /** @param secret the secret in clear, for the answer that creates the subscription; null everywhere else */
        static Subscription of(WebhookSubscription s, String secret) {
            return new Subscription(s.id(), s.url(), s.eventTypes(), s.status(), s.consecutiveFailures(), s.disabledAt(),
                    s.disabledReason(), s.createdAt(), secret, s.secretRotatedAt(), s.previousSecretValidUntil());
        }

        static Subscription of(WebhookSubscription s) {
            return of(s, null);
        }
    }

    /**
     * The answer of a secret rotation, the only place the new secret is shown: it signs every message from now on; the
     * previous one also signs them until {@code previousSecretValidUntil} ({@code rotatedAt} itself for no overlap).
     */
    public record SecretRotation(UUID subscriptionId, String secret, Instant rotatedAt, Instant previousSecretValidUntil) {
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
