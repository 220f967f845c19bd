package org.earlyhelp.notification.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A partner system's standing order for events: the area's events of the chosen types, POSTed to
 * its URL, signed with its secret (Standard Webhooks). Too many consecutive failed attempts
 * disable it; its owner enables it again.
 */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription {

    @Id
    private UUID id;
    @Version
    private long version;
    private String area;
    private String owner;
    @Column(name = "owner_agency")
    private String ownerAgency;
    private String url;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "event_types")
    private List<String> eventTypes;
    private String secret;
    @Enumerated(EnumType.STRING)
    private SubscriptionStatus status;
    @Column(name = "consecutive_failures")
    private int consecutiveFailures;
    @Column(name = "disabled_at")
    private Instant disabledAt;
    @Column(name = "disabled_reason")
    private String disabledReason;
    @Column(name = "created_at")
    private Instant createdAt;

    protected WebhookSubscription() {
    }

    static WebhookSubscription create(String area, String owner, String ownerAgency, String url, List<String> eventTypes, String secret,
            Instant now) {
        WebhookSubscription s = new WebhookSubscription();
        s.id = UUID.randomUUID();
        s.area = area;
        s.owner = owner;
        s.ownerAgency = ownerAgency;
        s.url = url;
        s.eventTypes = List.copyOf(eventTypes);
        s.secret = secret;
        s.status = SubscriptionStatus.ACTIVE;
        s.createdAt = now;
        return s;
    }

    /** A delivery reached the receiver: the run of failures is over. */
    void succeeded() {
        consecutiveFailures = 0;
    }

    /** @return true when this failure disabled the subscription */
    boolean failed(int disableAfter, Instant now) {
        consecutiveFailures++;
        if (status == SubscriptionStatus.ACTIVE && consecutiveFailures >= disableAfter) {
            status = SubscriptionStatus.DISABLED;
            disabledAt = now;
            disabledReason = "Disabled after " + consecutiveFailures + " consecutive failed delivery attempts";
            return true;
        }
        return false;
    }

    void enable() {
        status = SubscriptionStatus.ACTIVE;
        consecutiveFailures = 0;
        disabledAt = null;
        disabledReason = null;
    }

    public boolean isOwnedBy(String area, String owner) {
        return this.area.equals(area) && this.owner.equals(owner);
    }

    public UUID id() { return id; }
    public long version() { return version; }
    public String area() { return area; }
    public String owner() { return owner; }

    /** The subscribing partner as a caller: whom the family circle is asked about. */
    public org.earlyhelp.platform.security.Caller partner() {
        return new org.earlyhelp.platform.security.Caller(owner, area, ownerAgency,
                java.util.Set.of(org.earlyhelp.platform.security.Roles.PARTNER_SYSTEM));
    }
    public String url() { return url; }
    public List<String> eventTypes() { return eventTypes; }
    public String secret() { return secret; }
    public SubscriptionStatus status() { return status; }
    public int consecutiveFailures() { return consecutiveFailures; }
    public Instant disabledAt() { return disabledAt; }
    public String disabledReason() { return disabledReason; }
    public Instant createdAt() { return createdAt; }
}
