package org.earlyhelp.notification.incoming;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.notification.inbox.NotificationService;
import org.earlyhelp.notification.inbox.NotificationRules;
import org.earlyhelp.notification.inbox.EscalationNotices;
import org.earlyhelp.events.EventType;
import org.earlyhelp.events.Topics;
import org.earlyhelp.events.referral.EscalationEscalatedV1;
import org.earlyhelp.events.referral.EscalationOverdueV1;
import org.earlyhelp.events.referral.EscalationRaisedV1;
import org.earlyhelp.events.referral.EscalationResolvedV1;
import org.earlyhelp.events.referral.EscalationRespondedV1;
import org.earlyhelp.events.referral.EscalationResponseDueSoonV1;
import org.earlyhelp.events.referral.StepDownAcceptedV1;
import org.earlyhelp.events.referral.StepDownDeclinedV1;
import org.earlyhelp.events.referral.StepDownProposedV1;
import org.earlyhelp.events.referral.StepDownWithdrawnV1;
import org.earlyhelp.events.referral.StepUpDecisionRecordedV1;
import org.earlyhelp.events.referral.StepUpReferralSubmittedV1;
import org.earlyhelp.notification.webhooks.WebhookQueue;
import org.earlyhelp.platform.consuming.EventSubscriber;
import org.earlyhelp.platform.consuming.Subscriptions;

/**
 * referral-service's events: CSC hears of referrals, the referrer of CSC's decision, each side of a step-down of the other,
 * each side of a disagreement of its stages. Every catalogued one goes to subscribed partners first.
 */
@ApplicationScoped
public class ReferralEventHandlers implements EventSubscriber {

    private final NotificationService notifications;
    private final WebhookQueue webhooks;

    public ReferralEventHandlers(NotificationService notifications, WebhookQueue webhooks) {
        this.notifications = notifications;
        this.webhooks = webhooks;
    }

    @Override
    public void subscribe(Subscriptions on) {
        on.everyEvent(Topics.REFERRAL, webhooks::queue);
        on.once(NotificationService.CONSUMER)
                .on(EventType.STEP_UP_REFERRAL_SUBMITTED, StepUpReferralSubmittedV1.class,
                        (id, e) -> notifications.notify(id, now -> NotificationRules.forReferralSubmitted(id, e, now)))
                .on(EventType.STEP_UP_DECISION_RECORDED, StepUpDecisionRecordedV1.class,
                        (id, e) -> notifications.notify(id, now -> NotificationRules.forReferralDecided(id, e, now)))
                .on(EventType.STEP_DOWN_PROPOSED, StepDownProposedV1.class,
                        (id, e) -> notifications.notify(id, now -> NotificationRules.forStepDownProposed(id, e, now)))
                .on(EventType.STEP_DOWN_ACCEPTED, StepDownAcceptedV1.class,
                        (id, e) -> notifications.notify(id, now -> NotificationRules.forStepDownAccepted(id, e, now)))
                .on(EventType.STEP_DOWN_DECLINED, StepDownDeclinedV1.class,
                        (id, e) -> notifications.notify(id, now -> NotificationRules.forStepDownDeclined(id, e, now)))
                .on(EventType.STEP_DOWN_WITHDRAWN, StepDownWithdrawnV1.class,
                        (id, e) -> notifications.notify(id, now -> NotificationRules.forStepDownWithdrawn(id, e, now)))
                .on(EventType.ESCALATION_RAISED, EscalationRaisedV1.class,
                        (id, e) -> notifications.notify(id, now -> EscalationNotices.forRaised(id, e, now)))
                .on(EventType.ESCALATION_RESPONDED, EscalationRespondedV1.class,
                        (id, e) -> notifications.notify(id, now -> EscalationNotices.forResponded(id, e, now)))
                .on(EventType.ESCALATION_ESCALATED, EscalationEscalatedV1.class,
                        (id, e) -> notifications.notify(id, now -> EscalationNotices.forEscalated(id, e, now)))
                .on(EventType.ESCALATION_RESOLVED, EscalationResolvedV1.class,
                        (id, e) -> notifications.notify(id, now -> EscalationNotices.forResolved(id, e, now)))
                .on(EventType.ESCALATION_RESPONSE_DUE_SOON, EscalationResponseDueSoonV1.class,
                        (id, e) -> notifications.notify(id, now -> EscalationNotices.forDueSoon(id, e, now)))
                .on(EventType.ESCALATION_OVERDUE, EscalationOverdueV1.class,
                        (id, e) -> notifications.notify(id, now -> EscalationNotices.forOverdue(id, e, now)));
    }
}
