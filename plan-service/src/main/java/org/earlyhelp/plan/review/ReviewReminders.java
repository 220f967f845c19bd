package org.earlyhelp.plan.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.earlyhelp.events.plan.ReviewDueSoonV1;
import org.earlyhelp.events.plan.ReviewOverdueV1;
import org.earlyhelp.plan.plan.FamilyPlan;
import org.earlyhelp.plan.plan.Review;
import org.earlyhelp.plan.timescales.AreaSettings;
import org.earlyhelp.plan.timescales.AreaTimescales;
import org.earlyhelp.platform.outbox.Outbox;
import org.earlyhelp.platform.time.RecordedDates;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Keeps the rhythm: ReviewDueSoon N working days before a review is due, ReviewOverdue once it is
 * past due (and the review marked OVERDUE). Each event once per review, however many replicas
 * run: rows are claimed with {@code for update skip locked} and marked in the same transaction as
 * the outbox entry.
 */
@ApplicationScoped
public class ReviewReminders {

    private static final Logger LOG = Logger.getLogger(ReviewReminders.class);

    private final EntityManager entityManager;
    private final AreaTimescales timescales;
    private final AreaSettings settings;
    private final Outbox outbox;
    private final Clock clock;
    private final boolean enabled;
    private final ClosureReminders closures;

    public ReviewReminders(EntityManager entityManager, AreaTimescales timescales, AreaSettings settings, Outbox outbox, Clock clock,
            ClosureReminders closures) {
        this.closures = closures;
        this.entityManager = entityManager;
        this.timescales = timescales;
        this.settings = settings;
        this.outbox = outbox;
        this.clock = clock;
        this.enabled = settings.reminders().enabled();
    }

    @Scheduled(every = "${earlyhelp.reminders.every:5m}", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        if (enabled) {
            int sent = sendDueToday();
            if (sent > 0) {
                LOG.infof("Review reminders sent: %d", sent);
            }
        }
    }

    /** What the schedule runs: the reminders due today, today read from the platform clock (Europe/London). */
    @Transactional
    public int sendDueToday() {
        return sendDue(RecordedDates.today(clock));
    }

    /** @return how many reminders this call raised (reviews due soon and overdue, and the closures due and overdue). */
    @Transactional
    public int sendDue(LocalDate today) {
        int sent = settings.reminders().reviews().enabled() ? sendReviewReminders(today) : 0;
        if (settings.reminders().closures().enabled()) {
            sent += closures.sendDue(today);
        }
        return sent;
    }

    private int sendReviewReminders(LocalDate today) {
        int sent = 0;
        // due soon: any scheduled review within the widest horizon the areas could ask for, checked per area below
        LocalDate horizon = today.plusDays(31);
        for (Review review : claim("""
                select r.id from review r where r.status = 'SCHEDULED' and r.due_soon_sent_at is null
                and r.due_by <= :horizon and r.due_by >= :today order by r.due_by limit 500 for update skip locked""", horizon, today)) {
            FamilyPlan plan = review.plan();
            int days = settings.timescales().reviewDueSoonWorkingDays();
            LocalDate startsOn = timescales.forArea(plan.area()).calendar().subtractWorkingDays(review.dueBy(), days);
            if (!today.isBefore(startsOn) && review.remindDueSoon(clock.instant())) {
                outbox.publish(new ReviewDueSoonV1(plan.familyId(), plan.area(), plan.id(), review.id(), review.dueBy(),
                        plan.leadProfessional().userId()));
                sent++;
            }
        }
        for (Review review : claim("""
                select r.id from review r where r.status = 'SCHEDULED' and r.due_by < :today
                order by r.due_by limit 500 for update skip locked""", null, today)) {
            FamilyPlan plan = review.plan();
            if (review.markOverdue(today, clock.instant())) {
                outbox.publish(new ReviewOverdueV1(plan.familyId(), plan.area(), plan.id(), review.id(), review.dueBy(),
                        plan.leadProfessional().userId()));
                sent++;
            }
        }
        return sent;
    }

    private List<Review> claim(String sql, LocalDate horizon, LocalDate today) {
        // no result class: with one, Hibernate 7.2 caches a new plan for this query on every run (see WebhookQueue)
        var query = entityManager.createNativeQuery(sql).setParameter("today", today);
        if (horizon != null) {
            query.setParameter("horizon", horizon);
        }
        @SuppressWarnings("unchecked")
        List<UUID> ids = query.getResultList();
        return ids.stream().map(id -> entityManager.find(Review.class, id)).toList();
    }
}
