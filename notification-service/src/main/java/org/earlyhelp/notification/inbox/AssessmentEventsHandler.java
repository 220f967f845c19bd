package org.earlyhelp.notification.inbox;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.earlyhelp.events.EventType;
import org.earlyhelp.events.assessment.ConsentRefusedV1;
import org.earlyhelp.events.assessment.SharingApprovalRequestedV1;
import org.earlyhelp.events.assessment.SharingDecisionApprovedV1;
import org.earlyhelp.events.assessment.SharingDecisionRefusedV1;
import org.earlyhelp.events.assessment.UniversalServicesSignpostedV1;
import org.earlyhelp.events.assessment.ConsentWithdrawnV1;
import org.earlyhelp.notification.recipients.PlanTeam;
import org.earlyhelp.notification.recipients.PlanTeams;
import org.earlyhelp.notification.webhooks.WebhookQueue;
import org.earlyhelp.platform.access.FamilyCircleProjection;
import org.earlyhelp.platform.inbox.EventReader;
import org.earlyhelp.platform.inbox.IncomingEvent;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.reactive.messaging.annotations.Blocking;

/** assessment-service's events: a withdrawn consent reaches the people around the family's plan; every one reaches subscribed partners. */
@ApplicationScoped
public class AssessmentEventsHandler {

    private final WebhookQueue webhooks;
    private final NotificationService notifications;
    private final EventReader reader;
    private final PlanTeams teams;

    private final FamilyCircleProjection circle;

    public AssessmentEventsHandler(WebhookQueue webhooks, NotificationService notifications, EventReader reader, PlanTeams teams,
            FamilyCircleProjection circle) {
        this.circle = circle;
        this.webhooks = webhooks;
        this.notifications = notifications;
        this.reader = reader;
        this.teams = teams;
    }

    @Incoming("assessment-events")
    @Blocking
    @Retry(maxRetries = 4, delay = 200, abortOn = IncomingEvent.MalformedEventException.class)
    @ExponentialBackoff(maxDelay = 5000)
    public void on(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.from(record);
        if (event.type().isEmpty()) {
            return;
        }
        // The circle first, so a partner that a registration or consent names receives that very event; a withdrawal
        // after, so the partner it named is told of it, and of nothing that follows.
        boolean withdrawal = event.is(EventType.CONSENT_WITHDRAWN);
        if (!withdrawal) {
            circle.apply(event);
        }
        webhooks.queue(event);
        if (withdrawal) {
            circle.apply(event);
        }
        var eventId = event.id();
        if (event.is(EventType.SHARING_APPROVAL_REQUESTED)) {
            var e = reader.payload(event, SharingApprovalRequestedV1.class);
            notifications.notifyOnce(eventId, now -> FamilyRecordNotices.forApprovalRequested(eventId, e, now));
        } else if (event.is(EventType.SHARING_DECISION_APPROVED)) {
            var e = reader.payload(event, SharingDecisionApprovedV1.class);
            notifications.notifyOnce(eventId, now -> FamilyRecordNotices.forApproved(eventId, e, now));
        } else if (event.is(EventType.SHARING_DECISION_REFUSED)) {
            var e = reader.payload(event, SharingDecisionRefusedV1.class);
            notifications.notifyOnce(eventId, now -> FamilyRecordNotices.forRefused(eventId, e, now));
        } else if (event.is(EventType.CONSENT_REFUSED)) {
            var e = reader.payload(event, ConsentRefusedV1.class);
            notifications.notifyOnce(eventId, now -> FamilyRecordNotices.forConsentRefused(eventId, e, now));
        } else if (event.is(EventType.UNIVERSAL_SERVICES_SIGNPOSTED)) {
            var e = reader.payload(event, UniversalServicesSignpostedV1.class);
            notifications.notifyOnce(eventId, now -> FamilyRecordNotices.forUniversalServices(eventId, e, now));
        }
        if (event.is(EventType.CONSENT_WITHDRAWN)) {
            var e = reader.payload(event, ConsentWithdrawnV1.class);
            var id = event.id();
            notifications.notifyOnce(id, now -> {
                var plan = teams.activeFor(e.area(), e.familyId());
                return NotificationRules.forConsentWithdrawn(id, e, plan.map(PlanTeam::planId).orElse(null),
                        plan.map(PlanTeam::everyone).orElse(List.of()), now);
            });
        }
    }
}
