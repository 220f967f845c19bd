package org.earlyhelp.referral.incoming;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.events.EventType;
import org.earlyhelp.events.Topics;
import org.earlyhelp.events.plan.ReviewHeldV1;
import org.earlyhelp.platform.access.FamilyCircleProjection;
import org.earlyhelp.platform.consuming.EventSubscriber;
import org.earlyhelp.platform.consuming.Subscriptions;
import org.earlyhelp.referral.stepup.DraftsFromReviews;

/** plan-service's events: plans tell who is around the family (first); a review that steps up opens a draft referral. */
@ApplicationScoped
public class PlanEventHandlers implements EventSubscriber {

    private final DraftsFromReviews drafts;
    private final FamilyCircleProjection circle;

    public PlanEventHandlers(DraftsFromReviews drafts, FamilyCircleProjection circle) {
        this.drafts = drafts;
        this.circle = circle;
    }

    @Override
    public void subscribe(Subscriptions on) {
        on.everyEvent(Topics.PLAN, circle::apply)
                .once(DraftsFromReviews.CONSUMER).on(EventType.REVIEW_HELD, ReviewHeldV1.class, drafts::on);
    }
}
