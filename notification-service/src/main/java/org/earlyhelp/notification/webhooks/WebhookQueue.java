package org.earlyhelp.notification.webhooks;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.earlyhelp.platform.access.FamilyCircle;
import org.earlyhelp.platform.inbox.IncomingEvent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Queues an incoming event for every active subscription of its area that chose its type and whose partner may see the
 * family: by the same rule as the API, the family's circle ({@code family_circle_link}, platform.access) names the partner's
 * agency (a consent) or the partner itself (it registered the family). Once per event and subscription, however often
 * the event arrives (the table is unique on both). The circle is applied from the same events before this runs, so a
 * family's own FamilyRegistered and ConsentRecorded reach the partner they name; an event of another topic that
 * overtakes the consent that would share it is not sent (the partner reads it through the API).
 */
@ApplicationScoped
public class WebhookQueue {

    /** Fired after a transaction that queued deliveries commits: the dispatcher goes at once. */
    public record Queued() {
    }

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final Clock clock;
    private final Event<Queued> queued;

    private final FamilyCircle circle;

    public WebhookQueue(EntityManager entityManager, ObjectMapper json, Clock clock, Event<Queued> queued, FamilyCircle circle) {
        this.circle = circle;
        this.entityManager = entityManager;
        this.json = json;
        this.clock = clock;
        this.queued = queued;
    }

    @Transactional
    public int queue(IncomingEvent event) {
        JsonNode data;
        try {
            data = json.readTree(event.data());
        } catch (JsonProcessingException e) {
            throw new IncomingEvent.MalformedEventException("Event " + event.id() + " is not JSON");
        }
        String area = data.path("area").asText(null);
        UUID familyId = WebhookPayloads.familyOf(data);
        if (area == null || familyId == null) {
            return 0;
        }
        // No result class: Hibernate 7.2 never finds a cached plan for a native query given one (its key's result
        // mapping does not equal the last one), so every event added a plan until the cache held 2 048 of this query,
        // all in one hash bucket: profiled at a third of this service's CPU. Unmapped, the driver's column type (uuid)
        // gives the same UUIDs and the plan is reused.
        @SuppressWarnings("unchecked")
        List<UUID> candidates = entityManager.createNativeQuery("""
                select s.id from webhook_subscription s
                where s.area = :area and s.status = 'ACTIVE' and jsonb_exists(s.event_types, :type)""")
                .setParameter("area", area).setParameter("type", event.cloudEventType()).getResultList();
        // the API's own rule (platform.access): the family's circle names the partner's agency, or the partner itself
        List<UUID> subscriptions = candidates.stream()
                .filter(id -> circle.includes(entityManager.find(WebhookSubscription.class, id).partner(), area, familyId)).toList();
        Instant now = clock.instant();
        String payload = WebhookPayloads.of(json, event.cloudEventType(), now, data);
        int inserted = 0;
        for (UUID subscription : subscriptions) {
            inserted += entityManager.createNativeQuery("""
                    insert into webhook_delivery (id, subscription_id, event_id, event_type, payload, status, attempts, next_attempt_at, created_at)
                    values (:id, :subscription, :event, :type, :payload, 'PENDING', 0, :now, :now)
                    on conflict (subscription_id, event_id) do nothing""")
                    .setParameter("id", UUID.randomUUID()).setParameter("subscription", subscription).setParameter("event", event.id())
                    .setParameter("type", event.cloudEventType()).setParameter("payload", payload).setParameter("now", now)
                    .executeUpdate();
        }
        if (inserted > 0) {
            queued.fire(new Queued());
        }
        return inserted;
    }
}
