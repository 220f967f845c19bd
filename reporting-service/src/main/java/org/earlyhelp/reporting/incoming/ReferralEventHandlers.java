package org.earlyhelp.reporting.incoming;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.events.EventType;
import org.earlyhelp.events.referral.StepDownAcceptedV1;
import org.earlyhelp.events.referral.StepUpDecisionRecordedV1;
import org.earlyhelp.events.referral.StepUpReferralSubmittedV1;
import org.earlyhelp.platform.consuming.EventSubscriber;
import org.earlyhelp.platform.consuming.Subscriptions;
import org.earlyhelp.reporting.episodes.EpisodeLedger;

/** referral-service's events the figures need: step-downs accepted (an episode's origin), step-ups and their decisions. */
@ApplicationScoped
public class ReferralEventHandlers implements EventSubscriber {

    private final EpisodeLedger ledger;

    public ReferralEventHandlers(EpisodeLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public void subscribe(Subscriptions on) {
        on.once(EpisodeLedger.CONSUMER)
                .on(EventType.STEP_DOWN_ACCEPTED, StepDownAcceptedV1.class, ledger::onStepDownAccepted)
                .on(EventType.STEP_UP_REFERRAL_SUBMITTED, StepUpReferralSubmittedV1.class, ledger::onStepUpReferralSubmitted)
                .on(EventType.STEP_UP_DECISION_RECORDED, StepUpDecisionRecordedV1.class, ledger::onStepUpDecisionRecorded);
    }
}
