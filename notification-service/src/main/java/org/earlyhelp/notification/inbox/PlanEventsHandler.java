package org.earlyhelp.notification.inbox;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.earlyhelp.events.EventType;
import org.earlyhelp.events.plan.PlanOpenedV1;
import org.earlyhelp.events.plan.ReviewScheduledV1;
import org.earlyhelp.platform.inbox.EventReader;
import org.earlyhelp.platform.inbox.IncomingEvent;
import org.earlyhelp.notification.webhooks.WebhookQueue;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.reactive.messaging.annotations.Blocking;

/** plan-service's events that someone must hear about. Unknown types are ignored. */
@ApplicationScoped
public class PlanEventsHandler {

    private final NotificationService notifications;
    private final EventReader reader;
    private final WebhookQueue webhooks;

    public PlanEventsHandler(NotificationService notifications, EventReader reader, WebhookQueue webhooks) {
        this.notifications = notifications;
        this.reader = reader;
        this.webhooks = webhooks;
    }

    @Incoming("plan-events")
    @Blocking
    @Retry(maxRetries = 4, delay = 200, abortOn = IncomingEvent.MalformedEventException.class)
    @ExponentialBackoff(maxDelay = 5000)
    public void on(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.from(record);
        if (event.type().isPresent()) {
            webhooks.queue(event);
        }
        if (event.is(EventType.PLAN_OPENED)) {
            notifications.onPlanOpened(event.id(), reader.payload(event, PlanOpenedV1.class));
        } else if (event.is(EventType.REVIEW_SCHEDULED)) {
            notifications.onReviewScheduled(event.id(), reader.payload(event, ReviewScheduledV1.class));
        }
    }
}
