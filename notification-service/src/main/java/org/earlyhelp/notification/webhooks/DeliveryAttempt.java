package org.earlyhelp.notification.webhooks;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The delivery log: one row per attempt, what the receiver answered, how long it took. */
@Entity
@Table(name = "webhook_attempt")
public class DeliveryAttempt {

    @Id
    private UUID id;
    @Column(name = "delivery_id")
    private UUID deliveryId;
    @Column(name = "subscription_id")
    private UUID subscriptionId;
    private int attempt;
    @Column(name = "attempted_at")
    private Instant attemptedAt;
    @Column(name = "status_code")
    private Integer statusCode;
    private String error;
    private long millis;
    private String note;

    protected DeliveryAttempt() {
    }

    static DeliveryAttempt of(WebhookDelivery delivery, WebhookDelivery.Attempt outcome, Instant at, String note) {
        DeliveryAttempt log = new DeliveryAttempt();
        log.id = UUID.randomUUID();
        log.deliveryId = delivery.id();
        log.subscriptionId = delivery.subscriptionId();
        log.attempt = delivery.attempts();
        log.attemptedAt = at;
        log.statusCode = outcome.statusCode();
        log.error = outcome.error();
        log.millis = outcome.millis();
        log.note = note;
        return log;
    }

    public UUID deliveryId() { return deliveryId; }
    public int attempt() { return attempt; }
    public Instant attemptedAt() { return attemptedAt; }
    public Integer statusCode() { return statusCode; }
    public String error() { return error; }
    public long millis() { return millis; }
    public String note() { return note; }
}
