package org.earlyhelp.referral.incoming;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.earlyhelp.events.EventType;
import org.earlyhelp.events.plan.ReviewHeldV1;
import org.earlyhelp.platform.inbox.EventReader;
import org.earlyhelp.platform.inbox.IncomingEvent;
import org.earlyhelp.platform.access.FamilyCircleProjection;
import org.earlyhelp.referral.stepup.DraftsFromReviews;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.reactive.messaging.annotations.Blocking;

/** plan-service's events: a review that steps up opens a draft referral; plans tell who is around the family. */
@ApplicationScoped
public class PlanEventsHandler {

    private final DraftsFromReviews drafts;
    private final FamilyCircleProjection circle;
    private final EventReader reader;

    public PlanEventsHandler(DraftsFromReviews drafts, FamilyCircleProjection circle, EventReader reader) {
        this.drafts = drafts;
        this.circle = circle;
        this.reader = reader;
    }

    @Incoming("plan-events")
    @Blocking
    @Retry(maxRetries = 4, delay = 200, abortOn = IncomingEvent.MalformedEventException.class)
    @ExponentialBackoff(maxDelay = 5000)
    public void on(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.from(record);
        circle.apply(event);
        if (event.is(EventType.REVIEW_HELD)) {
            drafts.on(event.id(), reader.payload(event, ReviewHeldV1.class));
        }
    }
}
