package org.earlyhelp.notification.inbox;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.earlyhelp.notification.webhooks.WebhookQueue;
import org.earlyhelp.platform.inbox.IncomingEvent;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.reactive.messaging.annotations.Blocking;

/** assessment-service's events: passed on to the partner systems that subscribed to them. */
@ApplicationScoped
public class AssessmentEventsHandler {

    private final WebhookQueue webhooks;

    public AssessmentEventsHandler(WebhookQueue webhooks) {
        this.webhooks = webhooks;
    }

    @Incoming("assessment-events")
    @Blocking
    @Retry(maxRetries = 4, delay = 200, abortOn = IncomingEvent.MalformedEventException.class)
    @ExponentialBackoff(maxDelay = 5000)
    public void on(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.from(record);
        if (event.type().isPresent()) {
            webhooks.queue(event);
        }
    }
}
