package org.earlyhelp.plan.incoming;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.plan.opening.PlanOpening;
import org.earlyhelp.plan.opening.PlanReactions;
import org.earlyhelp.events.EventType;
import org.earlyhelp.events.Topics;
import org.earlyhelp.events.assessment.AssessmentCompletedV1;
import org.earlyhelp.events.assessment.ConsentWithdrawnV1;
import org.earlyhelp.platform.access.FamilyCircleProjection;
import org.earlyhelp.platform.consuming.EventSubscriber;
import org.earlyhelp.platform.consuming.Subscriptions;

/** assessment-service's events that concern plans; each first feeds the family circle. Unknown types are ignored. */
@ApplicationScoped
public class AssessmentEventHandlers implements EventSubscriber {

    private final PlanOpening opening;
    private final PlanReactions reactions;
    private final FamilyCircleProjection circle;

    public AssessmentEventHandlers(PlanOpening opening, PlanReactions reactions, FamilyCircleProjection circle) {
        this.opening = opening;
        this.reactions = reactions;
        this.circle = circle;
    }

    @Override
    public void subscribe(Subscriptions on) {
        on.everyEvent(Topics.ASSESSMENT, circle::apply);
        on.once(PlanOpening.CONSUMER).on(EventType.ASSESSMENT_COMPLETED, AssessmentCompletedV1.class, opening::onAssessmentCompleted);
        on.once(PlanReactions.CONSUMER).on(EventType.CONSENT_WITHDRAWN, ConsentWithdrawnV1.class, reactions::onConsentWithdrawn);
    }
}
