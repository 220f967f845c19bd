package org.earlyhelp.assessment.incoming;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.assessment.csc.CscInvolvement;
import org.earlyhelp.events.EventType;
import org.earlyhelp.events.referral.StepDownProposedV1;
import org.earlyhelp.events.referral.StepUpReferralSubmittedV1;
import org.earlyhelp.platform.consuming.EventSubscriber;
import org.earlyhelp.platform.consuming.Subscriptions;

/** Step-up referrals and step-down proposals: children's social care is involved with the family. Other types are ignored. */
@ApplicationScoped
public class ReferralEventHandlers implements EventSubscriber {

    private final CscInvolvement involvement;
    private final Clock clock;

    public ReferralEventHandlers(CscInvolvement involvement, Clock clock) {
        this.involvement = involvement;
        this.clock = clock;
    }

    @Override
    public void subscribe(Subscriptions on) {
        on.once(CscInvolvement.CONSUMER).on(EventType.STEP_UP_REFERRAL_SUBMITTED, StepUpReferralSubmittedV1.class,
                (eventId, referral) -> involvement.record(eventId, referral.familyId(), referral.area(), "STEP_UP_REFERRAL",
                        referral.referralId(), referral.submittedAt()))
                .on(EventType.STEP_DOWN_PROPOSED, StepDownProposedV1.class,
                        (eventId, stepDown) -> involvement.record(eventId, stepDown.familyId(), stepDown.area(), "STEP_DOWN",
                                stepDown.stepDownId(), clock.instant()));
    }
}
