package org.earlyhelp.referral.escalation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.earlyhelp.platform.outbox.Outbox;
import org.earlyhelp.platform.time.RecordedDates;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Keeps disagreements moving: EscalationResponseDueSoon the area's working days (default 1) before a stage's answer is
 * due, EscalationOverdue once the day has passed with the stage neither answered nor resolved. Each once per stage,
 * however many replicas run: rows are claimed with {@code for update skip locked} and marked in the same transaction as
 * the outbox entry.
 */
@ApplicationScoped
public class EscalationReminders {

    private static final Logger LOG = Logger.getLogger(EscalationReminders.class);

    private final EntityManager entityManager;
    private final AreaEscalations areas;
    private final Outbox outbox;
    private final Clock clock;

    public EscalationReminders(EntityManager entityManager, AreaEscalations areas, Outbox outbox, Clock clock) {
        this.entityManager = entityManager;
        this.areas = areas;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Scheduled(every = "${earlyhelp.escalations.reminders.every:5m}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        if (areas.remindersEnabled()) {
            int sent = sendDueToday();
            if (sent > 0) {
                LOG.infof("Escalation reminders sent: %d", sent);
            }
        }
    }

    /** What the schedule runs: the reminders due today, today read from the platform clock (Europe/London). */
    @Transactional
    public int sendDueToday() {
        return sendDue(RecordedDates.today(clock));
    }

    /** @return how many reminders this call raised. */
    @Transactional
    public int sendDue(LocalDate today) {
        int sent = 0;
        // due soon: any open stage due within the widest horizon an area could ask for, checked per area below
        for (Escalation escalation : claim("""
                select e.id from escalation e where e.status = 'OPEN' and (e.due_soon_stage is null or e.due_soon_stage <> e.stage)
                and e.respond_by >= :today and e.respond_by <= :horizon order by e.respond_by limit 500 for update skip locked""",
                today, today.plusDays(31))) {
            EscalationTimescales timescales = areas.forArea(escalation.area());
            if (escalation.remindDueSoon(today, timescales)) {
                outbox.publish(EscalationEvents.dueSoon(escalation, timescales, today));
                sent++;
            }
        }
        for (Escalation escalation : claim("""
                select e.id from escalation e where e.status = 'OPEN' and (e.overdue_stage is null or e.overdue_stage <> e.stage)
                and e.respond_by < :today order by e.respond_by limit 500 for update skip locked""", today, null)) {
            if (escalation.markOverdue(today)) {
                outbox.publish(EscalationEvents.overdue(escalation, areas.forArea(escalation.area()), today));
                sent++;
            }
        }
        entityManager.flush();
        return sent;
    }

    private List<Escalation> claim(String sql, LocalDate today, LocalDate horizon) {
        // no result class: with one, Hibernate 7.2 caches a new plan for this query on every run
        var query = entityManager.createNativeQuery(sql).setParameter("today", today);
        if (horizon != null) {
            query.setParameter("horizon", horizon);
        }
        @SuppressWarnings("unchecked")
        List<UUID> ids = query.getResultList();
        return ids.stream().map(id -> entityManager.find(Escalation.class, id)).toList();
    }
}
