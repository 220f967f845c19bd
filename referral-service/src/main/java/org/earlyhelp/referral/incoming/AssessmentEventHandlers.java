package org.earlyhelp.referral.incoming;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.events.Topics;
import org.earlyhelp.platform.access.FamilyCircleProjection;
import org.earlyhelp.platform.consuming.EventSubscriber;
import org.earlyhelp.platform.consuming.Subscriptions;

/** assessment-service's events: who registered a family, which agencies its consent names, who led its assessment. */
@ApplicationScoped
public class AssessmentEventHandlers implements EventSubscriber {

    private final FamilyCircleProjection circle;

    public AssessmentEventHandlers(FamilyCircleProjection circle) {
        this.circle = circle;
    }

    @Override
    public void subscribe(Subscriptions on) {
        on.everyEvent(Topics.ASSESSMENT, circle::apply);
    }
}
