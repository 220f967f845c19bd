package org.earlyhelp.referral.stepup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A step-up referral as the API shows it; {@code urgent} is {@code significantHarm} as CSC triages it. */
public record ReferralView(UUID id, UUID familyId, List<UUID> childMemberIds, UUID planId, UUID reviewId, ReferralStatus status,
        String concerns, boolean significantHarm, boolean urgent, Boolean familyConsented, String noConsentReason,
        String earlyHelpSoFar, String referrerUserId, String leadProfessionalUserId, Instant createdAt, Instant submittedAt,
        ReferralDecision decision, LocalDate decidedOn, Boolean earlyHelpContinues) {

    static ReferralView of(StepUpReferral r) {
        return new ReferralView(r.id(), r.familyId(), r.childMemberIds(), r.planId(), r.reviewId(), r.status(), r.concerns(),
                r.significantHarm(), r.significantHarm(), r.familyConsented(), r.noConsentReason(), r.earlyHelpSoFar(),
                r.referrerUserId(), r.leadProfessionalUserId(), r.createdAt(), r.submittedAt(), r.decision(), r.decidedOn(),
                r.earlyHelpContinues());
    }
}
