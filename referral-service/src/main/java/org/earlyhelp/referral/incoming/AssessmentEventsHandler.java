package org.earlyhelp.referral.incoming;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.earlyhelp.events.EventType;
import org.earlyhelp.events.assessment.AssessmentCompletedV1;
import org.earlyhelp.events.assessment.ConsentRecordedV1;
import org.earlyhelp.events.assessment.ConsentWithdrawnV1;
import org.earlyhelp.events.assessment.FamilyRegisteredV1;
import org.earlyhelp.platform.inbox.EventReader;
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
    private final EventReader reader;

    public AssessmentEventsHandler(FamilyCircleProjection circle, EventReader reader) {
        this.circle = circle;
        this.reader = reader;
    }

    @Incoming("assessment-events")
    @Blocking
    @Retry(maxRetries = 4, delay = 200, abortOn = IncomingEvent.MalformedEventException.class)
    @ExponentialBackoff(maxDelay = 5000)
    public void on(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.from(record);
        if (event.is(EventType.FAMILY_REGISTERED)) {
            circle.on(event.id(), reader.payload(event, FamilyRegisteredV1.class));
        } else if (event.is(EventType.CONSENT_RECORDED)) {
            circle.on(event.id(), reader.payload(event, ConsentRecordedV1.class));
        } else if (event.is(EventType.CONSENT_WITHDRAWN)) {
            circle.on(event.id(), reader.payload(event, ConsentWithdrawnV1.class));
        } else if (event.is(EventType.ASSESSMENT_COMPLETED)) {
            circle.on(event.id(), reader.payload(event, AssessmentCompletedV1.class));
        }
    }
}
