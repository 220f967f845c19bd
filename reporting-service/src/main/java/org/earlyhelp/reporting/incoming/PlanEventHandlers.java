package org.earlyhelp.reporting.incoming;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.events.EventType;
import org.earlyhelp.events.plan.LeadProfessionalChangedV1;
import org.earlyhelp.events.plan.PlanClosedV1;
import org.earlyhelp.events.plan.PlanOpenedV1;
import org.earlyhelp.events.plan.ReviewHeldV1;
import org.earlyhelp.events.plan.ReviewScheduledV1;
import org.earlyhelp.platform.consuming.EventSubscriber;
import org.earlyhelp.platform.consuming.Subscriptions;
import org.earlyhelp.reporting.episodes.EpisodeLedger;

/** plan-service's events the figures need: episodes opened and closed, reviews, changes of lead professional. */
@ApplicationScoped
public class PlanEventHandlers implements EventSubscriber {

    private final EpisodeLedger ledger;

    public PlanEventHandlers(EpisodeLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public void subscribe(Subscriptions on) {
        on.once(EpisodeLedger.CONSUMER)
                .on(EventType.PLAN_OPENED, PlanOpenedV1.class, ledger::onPlanOpened)
                .on(EventType.REVIEW_SCHEDULED, ReviewScheduledV1.class, ledger::onReviewScheduled)
                .on(EventType.REVIEW_HELD, ReviewHeldV1.class, ledger::onReviewHeld)
                .on(EventType.LEAD_PROFESSIONAL_CHANGED, LeadProfessionalChangedV1.class, ledger::onLeadProfessionalChanged)
                .on(EventType.PLAN_CLOSED, PlanClosedV1.class, ledger::onPlanClosed);
    }
}
