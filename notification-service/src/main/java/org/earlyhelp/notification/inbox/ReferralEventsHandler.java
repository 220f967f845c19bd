package org.earlyhelp.notification.inbox;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.earlyhelp.events.EventType;
import org.earlyhelp.events.referral.StepDownAcceptedV1;
import org.earlyhelp.events.referral.StepDownDeclinedV1;
import org.earlyhelp.events.referral.StepDownProposedV1;
import org.earlyhelp.events.referral.StepDownWithdrawnV1;
import org.earlyhelp.events.referral.EscalationEscalatedV1;
import org.earlyhelp.events.referral.EscalationOverdueV1;
import org.earlyhelp.events.referral.EscalationRaisedV1;
import org.earlyhelp.events.referral.EscalationResolvedV1;
import org.earlyhelp.events.referral.EscalationRespondedV1;
import org.earlyhelp.events.referral.EscalationResponseDueSoonV1;
import org.earlyhelp.events.referral.StepUpDecisionRecordedV1;
import org.earlyhelp.events.referral.StepUpReferralSubmittedV1;
import org.earlyhelp.platform.inbox.EventReader;
import org.earlyhelp.platform.inbox.IncomingEvent;
import org.earlyhelp.notification.webhooks.WebhookQueue;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.reactive.messaging.annotations.Blocking;

/** referral-service's events: CSC hears of referrals, the referrer of CSC's decision, each side of a step-down of the other. */
@ApplicationScoped
public class ReferralEventsHandler {

    private final NotificationService notifications;
    private final EventReader reader;
    private final WebhookQueue webhooks;

    public ReferralEventsHandler(NotificationService notifications, EventReader reader, WebhookQueue webhooks) {
        this.notifications = notifications;
        this.reader = reader;
        this.webhooks = webhooks;
    }

    @Incoming("referral-events")
    @Blocking
    @Retry(maxRetries = 4, delay = 200, abortOn = IncomingEvent.MalformedEventException.class)
    @ExponentialBackoff(maxDelay = 5000)
    public void on(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.from(record);
        if (event.type().isPresent()) {
            webhooks.queue(event);
        }
        var id = event.id();
        if (event.is(EventType.STEP_UP_REFERRAL_SUBMITTED)) {
            var payload = reader.payload(event, StepUpReferralSubmittedV1.class);
            notifications.notifyOnce(id, now -> NotificationRules.forReferralSubmitted(id, payload, now));
        } else if (event.is(EventType.STEP_UP_DECISION_RECORDED)) {
            var payload = reader.payload(event, StepUpDecisionRecordedV1.class);
            notifications.notifyOnce(id, now -> NotificationRules.forReferralDecided(id, payload, now));
        } else if (event.is(EventType.STEP_DOWN_PROPOSED)) {
            var payload = reader.payload(event, StepDownProposedV1.class);
            notifications.notifyOnce(id, now -> NotificationRules.forStepDownProposed(id, payload, now));
        } else if (event.is(EventType.STEP_DOWN_ACCEPTED)) {
            var payload = reader.payload(event, StepDownAcceptedV1.class);
            notifications.notifyOnce(id, now -> NotificationRules.forStepDownAccepted(id, payload, now));
        } else if (event.is(EventType.STEP_DOWN_DECLINED)) {
            var payload = reader.payload(event, StepDownDeclinedV1.class);
            notifications.notifyOnce(id, now -> NotificationRules.forStepDownDeclined(id, payload, now));
        } else if (event.is(EventType.STEP_DOWN_WITHDRAWN)) {
            var payload = reader.payload(event, StepDownWithdrawnV1.class);
            notifications.notifyOnce(id, now -> NotificationRules.forStepDownWithdrawn(id, payload, now));
        } else if (event.is(EventType.ESCALATION_RAISED)) {
            var payload = reader.payload(event, EscalationRaisedV1.class);
            notifications.notifyOnce(id, now -> EscalationNotices.forRaised(id, payload, now));
        } else if (event.is(EventType.ESCALATION_RESPONDED)) {
            var payload = reader.payload(event, EscalationRespondedV1.class);
            notifications.notifyOnce(id, now -> EscalationNotices.forResponded(id, payload, now));
        } else if (event.is(EventType.ESCALATION_ESCALATED)) {
            var payload = reader.payload(event, EscalationEscalatedV1.class);
            notifications.notifyOnce(id, now -> EscalationNotices.forEscalated(id, payload, now));
        } else if (event.is(EventType.ESCALATION_RESOLVED)) {
            var payload = reader.payload(event, EscalationResolvedV1.class);
            notifications.notifyOnce(id, now -> EscalationNotices.forResolved(id, payload, now));
        } else if (event.is(EventType.ESCALATION_RESPONSE_DUE_SOON)) {
            var payload = reader.payload(event, EscalationResponseDueSoonV1.class);
            notifications.notifyOnce(id, now -> EscalationNotices.forDueSoon(id, payload, now));
        } else if (event.is(EventType.ESCALATION_OVERDUE)) {
            var payload = reader.payload(event, EscalationOverdueV1.class);
            notifications.notifyOnce(id, now -> EscalationNotices.forOverdue(id, payload, now));
        }
    }
}
