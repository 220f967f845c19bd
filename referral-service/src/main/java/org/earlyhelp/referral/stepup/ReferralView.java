package org.earlyhelp.referral.stepup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A step-up referral as the API shows it; {@code urgent} is {@code significantHarm} as CSC triages it. {@code referredOn} is
 * the day the referral was made (null while a draft); {@code submittedAt} the moment it was written here.
 */
public record ReferralView(UUID id, UUID familyId, List<UUID> childMemberIds, UUID planId, UUID reviewId, ReferralStatus status,
        String concerns, boolean significantHarm, boolean urgent, Boolean familyConsented, String noConsentReason,
        String earlyHelpSoFar, String referrerUserId, String leadProfessionalUserId, Instant createdAt, Instant submittedAt,
        @Schema(description = "The day the referral was made, as recorded (not after the day it was submitted); null while a draft",
                format = "date", example = "2026-01-14") LocalDate referredOn,
        ReferralDecision decision,
        @Schema(description = "The day CSC decided: not before referredOn, not after the day it was recorded", format = "date",
                example = "2026-01-20") LocalDate decidedOn,
        Boolean earlyHelpContinues) {

    static ReferralView of(StepUpReferral r) {
        return new ReferralView(r.id(), r.familyId(), r.childMemberIds(), r.planId(), r.reviewId(), r.status(), r.concerns(),
                r.significantHarm(), r.significantHarm(), r.familyConsented(), r.noConsentReason(), r.earlyHelpSoFar(),
                r.referrerUserId(), r.leadProfessionalUserId(), r.createdAt(), r.submittedAt(), r.referredOn(), r.decision(), r.decidedOn(),
                r.earlyHelpContinues());
    }
}
