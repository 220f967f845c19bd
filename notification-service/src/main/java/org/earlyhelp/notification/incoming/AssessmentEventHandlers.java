package org.earlyhelp.notification.incoming;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.notification.inbox.NotificationService;
import org.earlyhelp.notification.inbox.NotificationRules;
import org.earlyhelp.notification.inbox.FamilyRecordNotices;
import org.earlyhelp.events.EventType;
import org.earlyhelp.events.Topics;
import org.earlyhelp.events.assessment.ConsentRefusedV1;
import org.earlyhelp.events.assessment.ConsentWithdrawnV1;
import org.earlyhelp.events.assessment.SharingApprovalRequestedV1;
import org.earlyhelp.events.assessment.SharingDecisionApprovedV1;
import org.earlyhelp.events.assessment.SharingDecisionRefusedV1;
import org.earlyhelp.events.assessment.UniversalServicesSignpostedV1;
import org.earlyhelp.notification.recipients.PlanTeam;
import org.earlyhelp.notification.recipients.PlanTeams;
import org.earlyhelp.notification.webhooks.WebhookQueue;
import org.earlyhelp.platform.access.FamilyCircleProjection;
import org.earlyhelp.platform.consuming.EventSubscriber;
import org.earlyhelp.platform.consuming.Subscriptions;

/** assessment-service's events: a withdrawn consent reaches the people around the family's plan; every one reaches subscribed partners. */
@ApplicationScoped
public class AssessmentEventHandlers implements EventSubscriber {

    private final WebhookQueue webhooks;
    private final NotificationService notifications;
    private final PlanTeams teams;
    private final FamilyCircleProjection circle;

    public AssessmentEventHandlers(WebhookQueue webhooks, NotificationService notifications, PlanTeams teams,
            FamilyCircleProjection circle) {
        this.webhooks = webhooks;
        this.notifications = notifications;
        this.teams = teams;
        this.circle = circle;
    }

    @Override
    public void subscribe(Subscriptions on) {
        // The circle first, so a partner that a registration or consent names receives that very event; a withdrawal
        // after, so the partner it named is told of it, and of nothing that follows.
        on.everyEvent(Topics.ASSESSMENT, event -> {
            if (!event.is(EventType.CONSENT_WITHDRAWN)) {
                circle.apply(event);
            }
        })
                .everyEvent(Topics.ASSESSMENT, webhooks::queue)
                .on(EventType.CONSENT_WITHDRAWN, ConsentWithdrawnV1.class, circle::on);
        on.once(NotificationService.CONSUMER)
                .on(EventType.SHARING_APPROVAL_REQUESTED, SharingApprovalRequestedV1.class,
                        (id, e) -> notifications.notify(id, now -> FamilyRecordNotices.forApprovalRequested(id, e, now)))
                .on(EventType.SHARING_DECISION_APPROVED, SharingDecisionApprovedV1.class,
                        (id, e) -> notifications.notify(id, now -> FamilyRecordNotices.forApproved(id, e, now)))
                .on(EventType.SHARING_DECISION_REFUSED, SharingDecisionRefusedV1.class,
                        (id, e) -> notifications.notify(id, now -> FamilyRecordNotices.forRefused(id, e, now)))
                .on(EventType.CONSENT_REFUSED, ConsentRefusedV1.class,
                        (id, e) -> notifications.notify(id, now -> FamilyRecordNotices.forConsentRefused(id, e, now)))
                .on(EventType.UNIVERSAL_SERVICES_SIGNPOSTED, UniversalServicesSignpostedV1.class,
                        (id, e) -> notifications.notify(id, now -> FamilyRecordNotices.forUniversalServices(id, e, now)))
                .on(EventType.CONSENT_WITHDRAWN, ConsentWithdrawnV1.class, (id, e) -> notifications.notify(id, now -> {
                    var plan = teams.activeFor(e.area(), e.familyId());
                    return NotificationRules.forConsentWithdrawn(id, e, plan.map(PlanTeam::planId).orElse(null),
                            plan.map(PlanTeam::everyone).orElse(List.of()), now);
                }));
    }
}
