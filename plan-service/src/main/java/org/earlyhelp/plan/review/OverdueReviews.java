package org.earlyhelp.plan.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.earlyhelp.platform.time.RecordedDates;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;

/**
 * Reviews past their due date and not held, per area, for ops: {@code earlyhelp_reviews_overdue{area}}. Counted on a
 * schedule (one grouped query, {@code earlyhelp.reviews.overdue-gauge-interval}, 1 minute by default), never per scrape;
 * "past due" by the platform clock's today (Europe/London), whether or not the ReviewOverdue reminder has gone yet. Every
 * area with a plan has a series (0 when none is overdue), and an area once seen stays, so a series never vanishes when the
 * backlog clears.
 */
@ApplicationScoped
public class OverdueReviews {

    /** {@code earlyhelp.reviews.overdue-gauge-interval}: how often the gauge is counted again. */
    @io.smallrye.config.ConfigMapping(prefix = "earlyhelp.reviews")
    public interface Settings {
        @io.smallrye.config.WithDefault("1m")
        java.time.Duration overdueGaugeInterval();
    }

    private final EntityManager entityManager;
    private final Clock clock;
    private final MeterRegistry registry;
    private final Map<String, AtomicLong> byArea = new ConcurrentHashMap<>();

    public OverdueReviews(EntityManager entityManager, Clock clock, MeterRegistry registry, Settings settings) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.registry = registry;
    }

    @Scheduled(every = "${earlyhelp.reviews.overdue-gauge-interval:1m}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional(Transactional.TxType.SUPPORTS)
    public void refresh() {
        Map<String, Long> counted = count(RecordedDates.today(clock));
        byArea.keySet().forEach(area -> counted.putIfAbsent(area, 0L));
        counted.forEach((area, overdue) -> gauge(area).set(overdue));
    }

    private Map<String, Long> count(LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select p.area, count(r.id) from family_plan p left join review r on r.plan_id = p.id
                and r.status in ('SCHEDULED', 'OVERDUE') and r.due_by < :today group by p.area""")
                .setParameter("today", today).getResultList();
        Map<String, Long> counted = new HashMap<>();
        for (Object[] row : rows) {
            counted.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counted;
    }

    private AtomicLong gauge(String area) {
        return byArea.computeIfAbsent(area, a -> {
            AtomicLong value = new AtomicLong();
            Gauge.builder("earlyhelp.reviews.overdue", value, AtomicLong::get).tag("area", a)
                    .description("Reviews past their due date and not held (the platform clock's today), per area").register(registry);
            return value;
        });
    }
}
