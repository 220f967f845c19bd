package org.earlyhelp.platform.outbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;

/**
 * Events the broker refused for good, for ops: listed, counted ({@code earlyhelp_outbox_parked}, beside
 * {@code earlyhelp_outbox_pending} and {@code earlyhelp_outbox_lag_seconds}), and put back in the queue on request. A parked event holds its family's later
 * events behind it, so retrying it releases them in order.
 */
@ApplicationScoped
@Transactional
public class ParkedEvents {

    /** What ops see of a parked event: no payload (it may carry sealed text and ids only, but ops need neither). */
    public record ParkedEvent(UUID eventId, long position, String type, String familyId, Instant occurredAt, Instant parkedAt,
            String reason, long heldBehind) {
    }

    private final EntityManager entityManager;
    private final AtomicLong parked = new AtomicLong();
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong lagSeconds = new AtomicLong();
    private final java.time.Clock clock;

    public ParkedEvents(EntityManager entityManager, MeterRegistry registry, java.time.Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
        Gauge.builder("earlyhelp.outbox.parked", parked, AtomicLong::get)
                .description("Events the broker refused for good, kept for ops to retry").register(registry);
        Gauge.builder("earlyhelp.outbox.pending", pending, AtomicLong::get)
                .description("Events written and not yet acknowledged by the broker (parked ones and those held behind them included)")
                .register(registry);
        Gauge.builder("earlyhelp.outbox.lag", lagSeconds, AtomicLong::get).baseUnit("seconds")
                .description("Age of the oldest event written and not yet acknowledged by the broker (0 when none waits): what an alert"
                        + " on a stuck relay or an unreachable broker reads")
                .register(registry);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ParkedEvent> list(PageRequest page) {
        List<OutboxMessage> rows = entityManager
                .createQuery("from OutboxMessage where parkedAt is not null and sentAt is null order by position", OutboxMessage.class)
                .setFirstResult(page.page * page.size).setMaxResults(page.size).getResultList();
        long total = count("select count(m) from OutboxMessage m where m.parkedAt is not null and m.sentAt is null");
        return new Page<>(rows.stream().map(this::view).toList(), page.page, page.size, total);
    }

    /** @return false when no parked event has that id. */
    public boolean retry(UUID eventId) {
        int updated = entityManager.createQuery("update OutboxMessage set parkedAt = null, parkReason = null"
                + " where eventId = :id and parkedAt is not null and sentAt is null").setParameter("id", eventId).executeUpdate();
        refresh();
        return updated > 0;
    }

    @Scheduled(every = "${earlyhelp.outbox.gauge-interval:15s}", delayed = "2s")
    void refresh() {
        parked.set(count("select count(m) from OutboxMessage m where m.parkedAt is not null and m.sentAt is null"));
        pending.set(count("select count(m) from OutboxMessage m where m.sentAt is null"));
        Instant oldest = entityManager.createQuery("select min(m.occurredAt) from OutboxMessage m where m.sentAt is null", Instant.class)
                .getSingleResult();
        lagSeconds.set(OutboxLag.seconds(oldest, clock.instant()));
    }

    private ParkedEvent view(OutboxMessage m) {
        long behind = entityManager.createQuery("select count(o) from OutboxMessage o where o.recordKey = :key and o.sentAt is null"
                + " and o.position > :position", Long.class).setParameter("key", m.recordKey).setParameter("position", m.position)
                .getSingleResult();
        return new ParkedEvent(m.eventId, m.position, m.type, m.recordKey, m.occurredAt, m.parkedAt, m.parkReason, behind);
    }

    private long count(String jpql) {
        return entityManager.createQuery(jpql, Long.class).getSingleResult();
    }
}
