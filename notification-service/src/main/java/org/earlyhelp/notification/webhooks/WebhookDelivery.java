package org.earlyhelp.notification.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One event for one subscription, until the receiver takes it. Its {@code eventId} is the
 * Standard Webhooks {@code webhook-id}: the same on every attempt and on a redelivery, so a
 * receiver can drop what it already has.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    @Id
    private UUID id;
    @Column(name = "subscription_id")
    private UUID subscriptionId;
    @Column(name = "event_id")
    private UUID eventId;
    @Column(name = "event_type")
    private String eventType;
    private String payload;
    @Enumerated(EnumType.STRING)
    private DeliveryStatus status;
    private int attempts;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "delivered_at")
    private Instant deliveredAt;
    @Column(name = "last_status_code")
    private Integer lastStatusCode;
    @Column(name = "last_error")
    private String lastError;

    protected WebhookDelivery() {
    }

    /** The outcome of one attempt, as the receiver answered (or did not). */
    public record Attempt(Integer statusCode, String error, long millis) {
        boolean succeeded() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    /** Records an attempt; a failure is retried after the back-off until the retry window closes. */
    void record(Attempt attempt, Instant now, RetryPolicy policy) {
        attempts++;
        lastStatusCode = attempt.statusCode();
        lastError = attempt.error();
        if (attempt.succeeded()) {
            status = DeliveryStatus.DELIVERED;
            deliveredAt = now;
            nextAttemptAt = null;
            return;
        }
        Instant next = now.plus(policy.backoffAfter(attempts));
        if (Duration.between(createdAt, next).compareTo(policy.retryFor()) > 0) {
            status = DeliveryStatus.FAILED;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = next;
        }
    }

    void abandon() {
        if (status == DeliveryStatus.PENDING) {
            status = DeliveryStatus.ABANDONED;
            nextAttemptAt = null;
        }
    }

    /** Queued again at once (the partner asked): a new retry window starts. */
    void redeliver(Instant now) {
        status = DeliveryStatus.PENDING;
        nextAttemptAt = now;
        createdAt = now;
    }

    public UUID id() { return id; }
    public UUID subscriptionId() { return subscriptionId; }
    public UUID eventId() { return eventId; }
    public String eventType() { return eventType; }
    public String payload() { return payload; }
    public DeliveryStatus status() { return status; }
    public int attempts() { return attempts; }
    public Instant nextAttemptAt() { return nextAttemptAt; }
    public Instant createdAt() { return createdAt; }
    public Instant deliveredAt() { return deliveredAt; }
    public Integer lastStatusCode() { return lastStatusCode; }
    public String lastError() { return lastError; }
}
