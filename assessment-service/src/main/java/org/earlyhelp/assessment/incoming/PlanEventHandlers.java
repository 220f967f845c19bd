package org.earlyhelp.assessment.incoming;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.events.Topics;
import org.earlyhelp.platform.access.FamilyCircleProjection;
import org.earlyhelp.platform.consuming.EventSubscriber;
import org.earlyhelp.platform.consuming.Subscriptions;

/**
 * plan-service's events: a plan's lead professional and its team see the family (architecture.md, Security), here as in
 * every other service. {@code PlanOpened} and {@code LeadProfessionalChanged} feed the family circle; the rest is ignored.
 */
@ApplicationScoped
public class PlanEventHandlers implements EventSubscriber {

    private final FamilyCircleProjection circle;

    public PlanEventHandlers(FamilyCircleProjection circle) {
        this.circle = circle;
    }

    @Override
    public void subscribe(Subscriptions on) {
        on.everyEvent(Topics.PLAN, circle::apply);
    }
}
