package org.earlyhelp.assessment.incoming;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.assessment.csc.CscInvolvement;
import org.earlyhelp.assessment.family.ChildAgesRecording;
import org.earlyhelp.events.EventType;
import org.earlyhelp.events.assessment.ChildAgesRecordedV1;
import org.earlyhelp.events.referral.StepDownAcceptedV1;
import org.earlyhelp.events.referral.StepDownProposedV1;
import org.earlyhelp.events.referral.StepUpReferralSubmittedV1;
import org.earlyhelp.platform.consuming.EventSubscriber;
import org.earlyhelp.platform.consuming.Subscriptions;

/**
 * Step-up referrals and step-down proposals: children's social care is involved with the family. A step-down accepted: the
 * ages of its children on {@code acceptedOn}, which only this service can tell ({@code ChildAgesRecorded}, issue 20). Other
 * types are ignored.
 */
@ApplicationScoped
public class ReferralEventHandlers implements EventSubscriber {

    private final CscInvolvement involvement;
    private final ChildAgesRecording childAges;
    private final Clock clock;

    public ReferralEventHandlers(CscInvolvement involvement, ChildAgesRecording childAges, Clock clock) {
        this.involvement = involvement;
        this.childAges = childAges;
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
        on.once(ChildAgesRecording.CONSUMER).on(EventType.STEP_DOWN_ACCEPTED, StepDownAcceptedV1.class,
                (eventId, stepDown) -> childAges.record(stepDown.familyId(), stepDown.area(), ChildAgesRecordedV1.STEP_DOWN_ACCEPTED,
                        stepDown.stepDownId(), stepDown.acceptedOn(), stepDown.childMemberIds()));
    }
}
