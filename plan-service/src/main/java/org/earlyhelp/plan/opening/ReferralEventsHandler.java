package org.earlyhelp.plan.opening;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.earlyhelp.events.EventType;
import org.earlyhelp.events.referral.StepDownAcceptedV1;
import org.earlyhelp.events.referral.StepUpDecisionRecordedV1;
import org.earlyhelp.platform.inbox.EventReader;
import org.earlyhelp.platform.inbox.IncomingEvent;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** referral-service's events that concern plans. Unknown types are ignored. */
@ApplicationScoped
public class ReferralEventsHandler {

    private final PlanOpening opening;
    private final PlanReactions reactions;
    private final EventReader reader;

    public ReferralEventsHandler(PlanOpening opening, PlanReactions reactions, EventReader reader) {
        this.opening = opening;
        this.reactions = reactions;
        this.reader = reader;
    }

    @Incoming("referral-events")
    @Blocking
    @Retry(maxRetries = 4, delay = 200, abortOn = IncomingEvent.MalformedEventException.class)
    @ExponentialBackoff(maxDelay = 5000)
    public void on(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.from(record);
        if (event.is(EventType.STEP_DOWN_ACCEPTED)) {
            opening.onStepDownAccepted(event.id(), reader.payload(event, StepDownAcceptedV1.class));
        } else if (event.is(EventType.STEP_UP_DECISION_RECORDED)) {
            reactions.onStepUpDecision(event.id(), reader.payload(event, StepUpDecisionRecordedV1.class));
        }
    }
}
