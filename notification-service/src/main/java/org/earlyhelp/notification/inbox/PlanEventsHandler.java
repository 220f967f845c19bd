package org.earlyhelp.notification.inbox;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.earlyhelp.events.EventType;
import org.earlyhelp.events.plan.ClosureDueV1;
import org.earlyhelp.events.plan.ClosureOverdueV1;
import org.earlyhelp.events.plan.LeadProfessionalChangedV1;
import org.earlyhelp.events.plan.PlanClosedV1;
import org.earlyhelp.events.plan.PlanOpenedV1;
import org.earlyhelp.events.plan.ReviewDueSoonV1;
import org.earlyhelp.events.plan.ReviewOverdueV1;
import org.earlyhelp.events.plan.ReviewScheduledV1;
import org.earlyhelp.notification.recipients.PlanTeam;
import org.earlyhelp.notification.recipients.PlanTeams;
import org.earlyhelp.notification.webhooks.WebhookQueue;
import org.earlyhelp.platform.access.FamilyCircleProjection;
import org.earlyhelp.platform.inbox.EventReader;
import org.earlyhelp.platform.inbox.IncomingEvent;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.reactive.messaging.annotations.Blocking;

/** plan-service's events that someone must hear about; every catalogued one also goes to subscribed partners. */
@ApplicationScoped
public class PlanEventsHandler {

    private final NotificationService notifications;
    private final EventReader reader;
    private final WebhookQueue webhooks;
    private final PlanTeams teams;

    private final FamilyCircleProjection circle;

    public PlanEventsHandler(NotificationService notifications, EventReader reader, WebhookQueue webhooks, PlanTeams teams,
            FamilyCircleProjection circle) {
        this.circle = circle;
        this.notifications = notifications;
        this.reader = reader;
        this.webhooks = webhooks;
        this.teams = teams;
    }

    @Incoming("plan-events")
    @Blocking
    @Retry(maxRetries = 4, delay = 200, abortOn = IncomingEvent.MalformedEventException.class)
    @ExponentialBackoff(maxDelay = 5000)
    public void on(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.from(record);
        if (event.type().isEmpty()) {
            return;
        }
        circle.apply(event);
        webhooks.queue(event);
        UUID id = event.id();
        switch (event.type().get()) {
            case PLAN_OPENED -> {
                var e = reader.payload(event, PlanOpenedV1.class);
                notifications.notifyOnce(id, now -> {
                    teams.opened(e);
                    return NotificationRules.forPlanOpened(id, e, now);
                });
            }
            case REVIEW_SCHEDULED -> {
                var e = reader.payload(event, ReviewScheduledV1.class);
                notifications.notifyOnce(id, now -> NotificationRules.forReviewScheduled(id, e, now));
            }
            case REVIEW_DUE_SOON -> {
                var e = reader.payload(event, ReviewDueSoonV1.class);
                notifications.notifyOnce(id, now -> NotificationRules.forReviewDueSoon(id, e, now));
            }
            case REVIEW_OVERDUE -> {
                var e = reader.payload(event, ReviewOverdueV1.class);
                notifications.notifyOnce(id, now -> NotificationRules.forReviewOverdue(id, e, now));
            }
            case CLOSURE_DUE -> {
                var e = reader.payload(event, ClosureDueV1.class);
                notifications.notifyOnce(id, now -> NotificationRules.forClosureDue(id, e, now));
            }
            case CLOSURE_OVERDUE -> {
                var e = reader.payload(event, ClosureOverdueV1.class);
                notifications.notifyOnce(id, now -> NotificationRules.forClosureOverdue(id, e, now));
            }
            case LEAD_PROFESSIONAL_CHANGED -> {
                var e = reader.payload(event, LeadProfessionalChangedV1.class);
                notifications.notifyOnce(id, now -> {
                    teams.leadChanged(e);
                    return NotificationRules.forLeadProfessionalChanged(id, e, now);
                });
            }
            case PLAN_CLOSED -> {
                var e = reader.payload(event, PlanClosedV1.class);
                notifications.notifyOnce(id, now -> {
                    List<String> around = teams.of(e.planId()).map(PlanTeam::everyone).orElse(List.of());
                    teams.closed(e);
                    return NotificationRules.forPlanClosed(id, e, around, now);
                });
            }
            default -> {
                // ReviewHeld and the rest reach partners only
            }
        }
    }
}
