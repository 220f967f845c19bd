package org.earlyhelp.notification.email;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.earlyhelp.notification.inbox.Notification;

/** Queues the email of a new notification for a practitioner who has an address and has not turned email off. */
@ApplicationScoped
public class EmailQueue {

    private static final String USER = "user:";

    private final EmailPreferences preferences;
    private final EmailSettings settings;
    private final EntityManager entityManager;
    private final Clock clock;

    public EmailQueue(EmailPreferences preferences, EmailSettings settings, EntityManager entityManager, Clock clock) {
        this.preferences = preferences;
        this.settings = settings;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(Notification notification) {
        if (!settings.enabled() || !notification.recipient().startsWith(USER)) {
            return;
        }
        String userId = notification.recipient().substring(USER.length());
        preferences.of(userId).filter(EmailPreference::sendsTo).ifPresent(p -> {
            var email = EmailComposer.compose(notification.id(), notification.message(), notification.type().startsWith("URGENT"),
                    settings.linkBase());
            entityManager.persist(EmailMessage.of(notification.id(), userId, p.email(), email.subject(), email.body(), clock.instant()));
        });
    }
}
