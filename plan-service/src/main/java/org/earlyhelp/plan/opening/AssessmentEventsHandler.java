package org.earlyhelp.plan.opening;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.earlyhelp.events.EventType;
import org.earlyhelp.events.assessment.AssessmentCompletedV1;
import org.earlyhelp.events.assessment.ConsentWithdrawnV1;
import org.earlyhelp.platform.access.FamilyCircleProjection;
import org.earlyhelp.platform.inbox.EventReader;
import org.earlyhelp.platform.inbox.IncomingEvent;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** assessment-service's events that concern plans. Unknown types are ignored. */
@ApplicationScoped
public class AssessmentEventsHandler {

    private final PlanOpening opening;
    private final PlanReactions reactions;
    private final EventReader reader;
    private final FamilyCircleProjection circle;

    public AssessmentEventsHandler(PlanOpening opening, PlanReactions reactions, EventReader reader, FamilyCircleProjection circle) {
        this.circle = circle;
        this.opening = opening;
        this.reactions = reactions;
        this.reader = reader;
    }

    @Incoming("assessment-events")
    @Blocking
    @Retry(maxRetries = 4, delay = 200, abortOn = IncomingEvent.MalformedEventException.class)
    @ExponentialBackoff(maxDelay = 5000)
    public void on(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.from(record);
        circle.apply(event);
        if (event.is(EventType.ASSESSMENT_COMPLETED)) {
            opening.onAssessmentCompleted(event.id(), reader.payload(event, AssessmentCompletedV1.class));
        } else if (event.is(EventType.CONSENT_WITHDRAWN)) {
            reactions.onConsentWithdrawn(event.id(), reader.payload(event, ConsentWithdrawnV1.class));
        }
    }
}
