package org.earlyhelp.plan.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.earlyhelp.events.plan.ClosureDueV1;
import org.earlyhelp.events.plan.ClosureOverdueV1;
import org.earlyhelp.platform.outbox.Outbox;

/**
 * The closure a review decided (issue 18): ClosureDue on the due day (the lead professional reminded), ClosureOverdue once
 * the day has passed with the plan still active (the early help team told). Each once per plan, however many replicas run:
 * rows are claimed with {@code for update skip locked} and marked sent in the same transaction as the outbox entry. A plan
 * already overdue when first seen gets only ClosureOverdue. Run by {@link ReviewReminders#sendDue}: one scheduler.
 * <p>The marks are written straight to their columns, not through the plan entity, so a reminder does not change the
 * plan's version (its ETag): a reminder is not a change to the plan.
 */
@ApplicationScoped
public class ClosureReminders {

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final Clock clock;

    public ClosureReminders(EntityManager entityManager, Outbox outbox, Clock clock) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** @return how many closure reminders this call raised for {@code today}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int sendDue(LocalDate today) {
        int sent = 0;
        for (Object[] row : claim("""
                select p.id, p.family_id, p.area, p.closure_summary_due_by, p.lp_user_id from family_plan p
                where p.status = 'ACTIVE' and p.closure_summary_due_by = :today
                and p.closure_due_sent_at is null and p.closure_overdue_sent_at is null
                order by p.id limit 500 for update skip locked""", today)) {
            mark("closure_due_sent_at", row);
            outbox.publish(new ClosureDueV1((UUID) row[1], (String) row[2], (UUID) row[0], date(row[3]), (String) row[4]));
            sent++;
        }
        for (Object[] row : claim("""
                select p.id, p.family_id, p.area, p.closure_summary_due_by, p.lp_user_id from family_plan p
                where p.status = 'ACTIVE' and p.closure_summary_due_by < :today and p.closure_overdue_sent_at is null
                order by p.closure_summary_due_by limit 500 for update skip locked""", today)) {
            mark("closure_overdue_sent_at", row);
            outbox.publish(new ClosureOverdueV1((UUID) row[1], (String) row[2], (UUID) row[0], date(row[3]), (String) row[4]));
            sent++;
        }
        return sent;
    }

    private List<Object[]> claim(String sql, LocalDate today) {
        // no result class: with one, Hibernate 7.2 caches a new plan for this query on every run (see WebhookQueue)
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(sql).setParameter("today", today).getResultList();
        return rows;
    }

    private void mark(String column, Object[] row) {
        entityManager.createNativeQuery("update family_plan set " + column + " = :now where id = :id")
                .setParameter("now", clock.instant()).setParameter("id", row[0]).executeUpdate();
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
    }
}
