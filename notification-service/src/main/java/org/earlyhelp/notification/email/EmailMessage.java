package org.earlyhelp.notification.email;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One email to send, written in the same transaction as its notification (an outbox for mail). */
@Entity
@Table(name = "email_outbox")
public class EmailMessage {

    public enum Status { PENDING, SENT, FAILED }

    @Id
    private UUID id;
    @Column(name = "notification_id")
    private UUID notificationId;
    @Column(name = "user_id")
    private String userId;
    private String address;
    private String subject;
    private String body;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Status status;
    private int attempts;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "created_at")
    private Instant createdAt;

    protected EmailMessage() {
    }

    static EmailMessage of(UUID notificationId, String userId, String address, String subject, String body, Instant now) {
        EmailMessage m = new EmailMessage();
        m.id = UUID.randomUUID();
        m.notificationId = notificationId;
        m.userId = userId;
        m.address = address;
        m.subject = subject;
        m.body = body;
        m.status = Status.PENDING;
        m.nextAttemptAt = now;
        m.createdAt = now;
        return m;
    }

    void sent(Instant now) {
        attempts++;
        status = Status.SENT;
        sentAt = now;
        nextAttemptAt = null;
    }

    void failed(String error, Instant now, int maxAttempts) {
        attempts++;
        lastError = error;
        if (attempts >= maxAttempts) {
            status = Status.FAILED;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = now.plusSeconds(Math.min(3600, 5L << Math.min(attempts, 10)));
        }
    }

    public UUID id() { return id; }
    public String address() { return address; }
    public String subject() { return subject; }
    public String body() { return body; }
    public Status status() { return status; }
}
