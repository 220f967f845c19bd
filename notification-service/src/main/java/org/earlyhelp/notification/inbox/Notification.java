package org.earlyhelp.notification.inbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One message in one inbox: short, plain, with ids to follow and no personal details or narrative. */
@Entity
@Table(name = "notification")
public class Notification {
    @Id
    private UUID id;
    @Version
    private long version;
    private String area;
    private String recipient;
    private String type;
    @Column(name = "family_id")
    private UUID familyId;
    @Column(name = "plan_id")
    private UUID planId;
    private String message;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "read_at")
    private Instant readAt;
    @Column(name = "event_id")
    private UUID eventId;

    protected Notification() {
    }

    public Notification(UUID eventId, String area, Recipient recipient, String type, UUID familyId, UUID planId,
            String message, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.eventId = eventId;
        this.area = area;
        this.recipient = recipient.key();
        this.type = type;
        this.familyId = familyId;
        this.planId = planId;
        this.message = message;
        this.createdAt = createdAt;
    }

    /** Marks it read; reading it again keeps the first time. */
    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public UUID id() { return id; }
    public String area() { return area; }
    public String recipient() { return recipient; }
    public String type() { return type; }
    public UUID familyId() { return familyId; }
    public UUID planId() { return planId; }
    public String message() { return message; }
    public Instant createdAt() { return createdAt; }
    public Instant readAt() { return readAt; }
    public UUID eventId() { return eventId; }
}
