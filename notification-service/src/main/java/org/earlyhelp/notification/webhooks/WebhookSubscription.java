package org.earlyhelp.notification.webhooks;

import java.time.Duration;
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
 * <p>
 * Its signing secret is held sealed ({@link SealedSecrets}): this entity never sees it in clear. A rotation keeps the
 * previous secret for an overlap window, during which messages are signed with both ({@link #signingSecrets(Instant)}).
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
    /** The signing secret, sealed (never in clear at rest). */
    private String secret;
    /** The secret before the last rotation, sealed; still signs messages until {@link #previousSecretValidUntil}. */
    @Column(name = "previous_secret")
    private String previousSecret;
    @Column(name = "previous_secret_valid_until")
    private Instant previousSecretValidUntil;
    @Column(name = "secret_rotated_at")
    private Instant secretRotatedAt;
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

    /** @param sealedSecret the signing secret, already sealed */
    static WebhookSubscription create(String area, String owner, String ownerAgency, String url, List<String> eventTypes, String sealedSecret,
            Instant now) {
        WebhookSubscription s = new WebhookSubscription();
        s.id = UUID.randomUUID();
        s.area = area;
        s.owner = owner;
        s.ownerAgency = ownerAgency;
        s.url = url;
        s.eventTypes = List.copyOf(eventTypes);
        s.secret = sealedSecret;
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

    /** The longest overlap a rotation may keep the previous secret valid for: a week. */
    static final Duration MAX_OVERLAP = Duration.ofHours(168);

    /**
     * Replaces the signing secret. The current one stays valid (messages carry both signatures) for {@code overlap}, so a
     * receiver can switch to the new secret without losing a message; a zero overlap retires it at once. A secret that
     * was still overlapping from an earlier rotation is retired now: never more than two valid secrets.
     *
     * @param sealedSecret the new secret, already sealed
     * @return when the previous secret stops signing ({@code now} for a zero overlap)
     */
    Instant rotateSecret(String sealedSecret, Duration overlap, Instant now) {
        if (overlap.isNegative() || overlap.compareTo(MAX_OVERLAP) > 0) {
            throw new IllegalArgumentException("overlap must be between 0 and " + MAX_OVERLAP.toHours() + " hours: " + overlap);
        }
        previousSecret = overlap.isZero() ? null : secret;
        previousSecretValidUntil = now.plus(overlap);
        secret = sealedSecret;
        secretRotatedAt = now;
        return previousSecretValidUntil;
    }

    /** The sealed secrets that sign a message sent at {@code now}: the current one first, then the previous one while its overlap lasts. */
    List<String> signingSecrets(Instant now) {
        if (previousSecret != null && previousSecretValidUntil != null && now.isBefore(previousSecretValidUntil)) {
            return List.of(secret, previousSecret);
        }
        return List.of(secret);
    }

    /** When the previous secret stops (or stopped) signing; null before the first rotation. */
    public Instant previousSecretValidUntil() { return previousSecretValidUntil; }
    public Instant secretRotatedAt() { return secretRotatedAt; }

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
    public SubscriptionStatus status() { return status; }
    public int consecutiveFailures() { return consecutiveFailures; }
    public Instant disabledAt() { return disabledAt; }
    public String disabledReason() { return disabledReason; }
    public Instant createdAt() { return createdAt; }
}
