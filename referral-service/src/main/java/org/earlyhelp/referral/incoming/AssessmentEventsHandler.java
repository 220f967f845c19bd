package org.earlyhelp.referral.incoming;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.earlyhelp.platform.inbox.IncomingEvent;
import org.earlyhelp.platform.access.FamilyCircleProjection;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.reactive.messaging.annotations.Blocking;

/** assessment-service's events: who registered a family, which agencies its consent names, who led its assessment. */
@ApplicationScoped
public class AssessmentEventsHandler {

    private final FamilyCircleProjection circle;

    public AssessmentEventsHandler(FamilyCircleProjection circle) {
        this.circle = circle;
    }

    @Incoming("assessment-events")
    @Blocking
    @Retry(maxRetries = 4, delay = 200, abortOn = IncomingEvent.MalformedEventException.class)
    @ExponentialBackoff(maxDelay = 5000)
    public void on(ConsumerRecord<String, String> record) {
        circle.apply(IncomingEvent.from(record));
    }
}
