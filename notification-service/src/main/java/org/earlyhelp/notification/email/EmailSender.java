package org.earlyhelp.notification.email;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.earlyhelp.platform.work.DueWork;
import org.jboss.logging.Logger;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;

/**
 * Sends queued emails through the SMTP server (quarkus-mailer), outside any transaction; a batch
 * is claimed with {@code for update skip locked} and a lease so two replicas never send one twice.
 * A failure is retried with back-off, up to a setting's number of attempts.
 */
@ApplicationScoped
public class EmailSender {

    private static final Logger LOG = Logger.getLogger(EmailSender.class);

    private final EntityManager entityManager;
    private final Mailer mailer;
    private final EmailSettings settings;
    private final Clock clock;

    public EmailSender(EntityManager entityManager, Mailer mailer, EmailSettings settings, Clock clock) {
        this.entityManager = entityManager;
        this.mailer = mailer;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(every = "${earlyhelp.email.send-every:2s}", concurrentExecution = ConcurrentExecution.SKIP, delayed = "1s")
    void onSchedule() {
        if (settings.enabled()) {
            sendDue();
        }
    }

    public int sendDue() {
        List<UUID> claimed = QuarkusTransaction.requiringNew().call(this::claim);
        for (UUID id : claimed) {
            EmailMessage message = QuarkusTransaction.requiringNew().call(() -> entityManager.find(EmailMessage.class, id));
            String error = null;
            try {
                mailer.send(Mail.withText(message.address(), message.subject(), message.body()));
            } catch (RuntimeException e) {
                error = e.getClass().getSimpleName();
                LOG.warnf("Email %s not sent (%s); it will be retried", id, error);
            }
            String outcome = error;
            QuarkusTransaction.requiringNew().run(() -> {
                EmailMessage m = entityManager.find(EmailMessage.class, id);
                Instant now = clock.instant();
                if (outcome == null) {
                    m.sent(now);
                } else {
                    m.failed(outcome, now, settings.maxAttempts());
                }
            });
        }
        return claimed.size();
    }

    private List<UUID> claim() {
        return DueWork.claim(entityManager, "email_outbox", 50, Duration.ofMinutes(2), clock.instant());
    }
}
