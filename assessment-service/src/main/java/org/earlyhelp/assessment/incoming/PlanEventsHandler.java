package org.earlyhelp.assessment.incoming;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.earlyhelp.platform.access.FamilyCircleProjection;
import org.earlyhelp.platform.inbox.IncomingEvent;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * plan-service's events: a plan's lead professional and its team see the family (architecture.md, Security), here as in
 * every other service. {@code PlanOpened} and {@code LeadProfessionalChanged} feed the family circle; the rest is ignored.
 */
@ApplicationScoped
public class PlanEventsHandler {

    private final FamilyCircleProjection circle;

    public PlanEventsHandler(FamilyCircleProjection circle) {
        this.circle = circle;
    }

    @Incoming("plan-events")
    @Blocking
    @Retry(maxRetries = 4, delay = 200, abortOn = IncomingEvent.MalformedEventException.class)
    @ExponentialBackoff(maxDelay = 5000)
    public void on(ConsumerRecord<String, String> record) {
        circle.apply(IncomingEvent.from(record));
    }
}
