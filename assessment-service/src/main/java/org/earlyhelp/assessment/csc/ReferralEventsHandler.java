package org.earlyhelp.assessment.csc;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.earlyhelp.events.EventType;
import org.earlyhelp.events.referral.StepDownProposedV1;
import org.earlyhelp.events.referral.StepUpReferralSubmittedV1;
import org.earlyhelp.platform.inbox.EventReader;
import org.earlyhelp.platform.inbox.IncomingEvent;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.reactive.messaging.annotations.Blocking;

/** Step-up referrals and step-down proposals: children's social care is involved with the family. Other types are ignored. */
@ApplicationScoped
public class ReferralEventsHandler {

    private final CscInvolvement involvement;
    private final EventReader reader;
    private final java.time.Clock clock;

    public ReferralEventsHandler(CscInvolvement involvement, EventReader reader, java.time.Clock clock) {
        this.involvement = involvement;
        this.reader = reader;
        this.clock = clock;
    }

    @Incoming("referral-events")
    @Blocking
    @Retry(maxRetries = 4, delay = 200, abortOn = IncomingEvent.MalformedEventException.class)
    @ExponentialBackoff(maxDelay = 5000)
    public void on(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.from(record);
        if (event.is(EventType.STEP_UP_REFERRAL_SUBMITTED)) {
            StepUpReferralSubmittedV1 referral = reader.payload(event, StepUpReferralSubmittedV1.class);
            involvement.record(event.id(), referral.familyId(), referral.area(), "STEP_UP_REFERRAL", referral.referralId(),
                    referral.submittedAt());
        } else if (event.is(EventType.STEP_DOWN_PROPOSED)) {
            StepDownProposedV1 stepDown = reader.payload(event, StepDownProposedV1.class);
            involvement.record(event.id(), stepDown.familyId(), stepDown.area(), "STEP_DOWN", stepDown.stepDownId(), clock.instant());
        }
    }
}
