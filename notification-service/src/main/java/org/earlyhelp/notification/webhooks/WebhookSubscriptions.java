package org.earlyhelp.notification.webhooks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.earlyhelp.events.EventType;
import org.earlyhelp.platform.audit.AuditTrail;
import org.earlyhelp.platform.problem.NotFound;
import org.earlyhelp.platform.problem.RuleViolation;
import org.earlyhelp.platform.security.Caller;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;

/** A partner system's subscriptions and their delivery log: each partner sees only its own, in its area. */
@ApplicationScoped
@Transactional
public class WebhookSubscriptions {

    private final EntityManager entityManager;
    private final Clock clock;
    private final WebhookAddresses addresses;
    private final SealedSecrets secrets;
    private final WebhookSettings settings;
    private final AuditTrail audit;

    /** A subscription just created, with its secret in clear for the one answer that shows it. */
    public record Subscribed(WebhookSubscription subscription, String secret) {
    }

    public WebhookSubscriptions(EntityManager entityManager, Clock clock, WebhookAddresses addresses, SealedSecrets secrets,
            WebhookSettings settings, AuditTrail audit) {
        this.secrets = secrets;
        this.settings = settings;
        this.audit = audit;
        this.addresses = addresses;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    public Subscribed subscribe(WebhookRequests.Subscribe request, Caller caller) {
        for (int i = 0; i < request.eventTypes().size(); i++) {
            String type = request.eventTypes().get(i);
            if (EventType.fromCloudEventType(type).isEmpty()) {
                throw new RuleViolation("known-event-type", "eventTypes[" + i + "]: '" + type
                        + "' is not an event type of the catalogue (e.g. earlyhelp.plan.plan-opened.v1; see the AsyncAPI document)");
            }
        }
        addresses.refusal(request.url()).ifPresent(why -> {
            throw new RuleViolation("webhook-url-is-public-https", "url: " + why);
        });
        String secret = WebhookSecrets.generate();
        WebhookSubscription subscription = WebhookSubscription.create(caller.area(), caller.userId(), caller.agency(), request.url(),
                request.eventTypes().stream().distinct().toList(), secrets.seal(secret), clock.instant());
        entityManager.persist(subscription);
        return new Subscribed(subscription, secret);
    }

    /**
     * A new signing secret for the caller's own subscription (anyone else's is 404); the previous one keeps signing
     * beside it for {@code overlapHours} (the configured default when null). Audited; the secret is in the answer only.
     */
    public WebhookViews.SecretRotation rotateSecret(UUID id, Integer overlapHours, Caller caller) {
        WebhookSubscription subscription = own(id, caller);
        Duration overlap = Duration.ofHours(overlapHours != null ? overlapHours : settings.rotationOverlapHours());
        String secret = WebhookSecrets.generate();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // as the database keeps it: the answer and later reads agree
        Instant previousValidUntil = subscription.rotateSecret(secrets.seal(secret), overlap, now);
        audit.record(caller, "webhook-subscription.secret-rotated", null, "webhook-subscription/" + id);
        return new WebhookViews.SecretRotation(id, secret, now, previousValidUntil);
    }

    public List<WebhookSubscription> mine(Caller caller) {
        return entityManager.createQuery("from WebhookSubscription s where s.area = :area and s.owner = :owner order by s.createdAt",
                WebhookSubscription.class).setParameter("area", caller.area()).setParameter("owner", caller.userId()).getResultList();
    }

    public WebhookSubscription own(UUID id, Caller caller) {
        WebhookSubscription subscription = entityManager.find(WebhookSubscription.class, id);
        if (subscription == null || !subscription.isOwnedBy(caller.area(), caller.userId())) {
            throw new NotFound("Webhook subscription " + id);
        }
        return subscription;
    }

    public WebhookSubscription enable(UUID id, Caller caller) {
        WebhookSubscription subscription = own(id, caller);
        subscription.enable();
        return subscription;
    }

    public void delete(UUID id, Caller caller) {
        WebhookSubscription subscription = own(id, caller);
        entityManager.createQuery("delete from DeliveryAttempt a where a.subscriptionId = :s").setParameter("s", id).executeUpdate();
        entityManager.createQuery("delete from WebhookDelivery d where d.subscriptionId = :s").setParameter("s", id).executeUpdate();
        entityManager.remove(subscription);
    }

    public Page<WebhookViews.Delivery> deliveries(UUID id, Caller caller, DeliveryStatus status, PageRequest page) {
        own(id, caller);
        String where = "d.subscriptionId = :s" + (status == null ? "" : " and d.status = :status");
        var query = entityManager.createQuery("from WebhookDelivery d where " + where + " order by d.createdAt desc, d.id", WebhookDelivery.class)
                .setParameter("s", id);
        var count = entityManager.createQuery("select count(d) from WebhookDelivery d where " + where, Long.class).setParameter("s", id);
        if (status != null) {
            query.setParameter("status", status);
            count.setParameter("status", status);
        }
        List<WebhookDelivery> found = query.setFirstResult(page.page * page.size).setMaxResults(page.size).getResultList();
        List<WebhookViews.Delivery> items = found.stream().map(d -> WebhookViews.Delivery.of(d, entityManager
                .createQuery("from DeliveryAttempt a where a.deliveryId = :d order by a.attempt", DeliveryAttempt.class)
                .setParameter("d", d.id()).getResultList())).toList();
        return new Page<>(items, page.page, page.size, count.getSingleResult());
    }

    /** The partner asks for a message again (it lost it, or fixed its receiver): queued at once, same webhook-id. */
    public WebhookDelivery redeliver(UUID id, UUID deliveryId, Caller caller) {
        own(id, caller);
        WebhookDelivery delivery = entityManager.find(WebhookDelivery.class, deliveryId);
        if (delivery == null || !delivery.subscriptionId().equals(id)) {
            throw new NotFound("Delivery " + deliveryId);
        }
        delivery.redeliver(clock.instant());
        return delivery;
    }
}
