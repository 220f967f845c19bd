package org.earlyhelp.notification.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.earlyhelp.notification.email.EmailQueue;
import org.earlyhelp.platform.audit.AuditTrail;
import org.earlyhelp.platform.problem.NotFound;
import org.earlyhelp.platform.security.Caller;
import org.earlyhelp.platform.security.Roles;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;

/** Turns events into notifications (once per event and recipient) and serves each caller's inbox. */
@ApplicationScoped
@Transactional
public class NotificationService {

    /** The inbox name its event handlers are applied once under. */
    public static final String CONSUMER = "notification-inbox";

    private final NotificationRepository notifications;
    private final Clock clock;
    private final EmailQueue emails;

    private final AuditTrail audit;

    public NotificationService(NotificationRepository notifications, Clock clock, EmailQueue emails, AuditTrail audit) {
        this.audit = audit;
        this.notifications = notifications;
        this.emails = emails;
        this.clock = clock;
    }

    /**
     * Writes an event's notifications (and queues their emails). Registered through {@code Subscriptions.once(CONSUMER)}, so
     * the platform applies it once per event, however often the event is delivered; each notification is also unique on
     * (event, recipient).
     */
    public void notify(UUID eventId, Function<Instant, List<Notification>> rule) {
        rule.apply(clock.instant()).stream().filter(notifications::addOnce).forEach(emails::queue);
    }

    /** Each notification read is a read of its family's records: audited (who, agency, when, which). */
    public Page<Notification> inboxOf(Caller caller, InboxFilter filter, PageRequest page) {
        Page<Notification> found = notifications.inboxOf(caller.area(), recipientsFor(caller), filter, page);
        auditedAll(caller, "notification.read", found.items());
        return found;
    }

    /** One entry per notification of a family (as {@link #audited}), all written in one statement. */
    private void auditedAll(Caller caller, String action, List<Notification> shown) {
        audit.recordAll(caller, action, shown.stream().filter(n -> n.familyId() != null)
                .map(n -> new AuditTrail.Read(n.familyId(), "notification/" + n.id())).toList());
    }

    private void audited(Caller caller, String action, Notification notification) {
        if (notification.familyId() != null) {
            audit.record(caller, action, notification.familyId(), "notification/" + notification.id());
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long unreadCount(Caller caller) {
        return notifications.unreadCount(caller.area(), recipientsFor(caller));
    }

    /** For the stream: runs off any request, so in a transaction of its own. */
    public List<Notification> arrivedAfter(Caller caller, Instant after, int limit) {
        return notifications.arrivedAfter(caller.area(), recipientsFor(caller), after, limit);
    }

    /** The stream sent these to the caller (each once): audited as reads, in a transaction of their own. */
    public void streamed(Caller caller, List<Notification> sent) {
        auditedAll(caller, "notification.stream", sent);
    }

    public Notification markRead(UUID id, Caller caller) {
        Notification notification = notifications.findByIdOptional(id)
                .filter(n -> n.area().equals(caller.area()) && recipientsFor(caller).contains(n.recipient()))
                .orElseThrow(() -> new NotFound("Notification " + id));
        notification.markRead(clock.instant());
        audited(caller, "notification.mark-read", notification);
        return notification;
    }

    /**
     * A practitioner's own inbox; the early help team's for its members; CSC's front door for social workers; their agency's
     * inbox, and their agency's managers' for a manager.
     */
    static List<String> recipientsFor(Caller caller) {
        List<String> recipients = new ArrayList<>();
        recipients.add(Recipient.user(caller.userId()).key());
        if (caller.hasRole(Roles.EARLY_HELP_TEAM)) {
            recipients.add(Recipient.EARLY_HELP_TEAM.key());
        }
        if (caller.hasRole(Roles.SOCIAL_WORKER)) {
            recipients.add(Recipient.CSC_FRONT_DOOR.key());
        }
        if (caller.agency() != null && !caller.agency().isBlank()) {
            recipients.add(Recipient.agency(caller.agency()).key());
            if (caller.hasRole(Roles.MANAGER)) {
                recipients.add(Recipient.managersOf(caller.agency()).key());
            }
        }
        return recipients;
    }
}
