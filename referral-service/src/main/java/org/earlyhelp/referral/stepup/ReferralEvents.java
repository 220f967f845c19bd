package org.earlyhelp.referral.stepup;

import org.earlyhelp.events.referral.StepUpDecisionRecordedV1;
import org.earlyhelp.events.referral.StepUpReferralSubmittedV1;

/** The events a referral raises: ids, codes, flags and dates; the concerns never leave the service. */
final class ReferralEvents {

    static StepUpReferralSubmittedV1 submitted(StepUpReferral r) {
        return new StepUpReferralSubmittedV1(r.familyId(), r.area(), r.id(), r.planId(), r.childMemberIds(), r.significantHarm(),
                Boolean.TRUE.equals(r.familyConsented()), r.referrerUserId(), r.submittedAt(), r.referredOn());
    }

    static StepUpDecisionRecordedV1 decided(StepUpReferral r) {
        return new StepUpDecisionRecordedV1(r.familyId(), r.area(), r.id(), r.planId(), r.decision().name(), r.decidedOn(),
                r.earlyHelpContinues(), r.referrerUserId(), r.leadProfessionalUserId());
    }

    private ReferralEvents() {
    }
}
