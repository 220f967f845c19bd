package org.earlyhelp.plan.incoming;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.plan.opening.PlanOpening;
import org.earlyhelp.plan.opening.PlanReactions;
import org.earlyhelp.events.EventType;
import org.earlyhelp.events.referral.StepDownAcceptedV1;
import org.earlyhelp.events.referral.StepUpDecisionRecordedV1;
import org.earlyhelp.platform.consuming.EventSubscriber;
import org.earlyhelp.platform.consuming.Subscriptions;

/** referral-service's events that concern plans. Unknown types are ignored. */
@ApplicationScoped
public class ReferralEventHandlers implements EventSubscriber {

    private final PlanOpening opening;
    private final PlanReactions reactions;

    public ReferralEventHandlers(PlanOpening opening, PlanReactions reactions) {
        this.opening = opening;
        this.reactions = reactions;
    }

    @Override
    public void subscribe(Subscriptions on) {
        on.once(PlanOpening.CONSUMER).on(EventType.STEP_DOWN_ACCEPTED, StepDownAcceptedV1.class, opening::onStepDownAccepted);
        on.once(PlanReactions.CONSUMER).on(EventType.STEP_UP_DECISION_RECORDED, StepUpDecisionRecordedV1.class, reactions::onStepUpDecision);
    }
}
