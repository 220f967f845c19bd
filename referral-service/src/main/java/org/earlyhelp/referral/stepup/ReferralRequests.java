package org.earlyhelp.referral.stepup;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The bodies of the referral calls (api.md, "Referrals"). */
public final class ReferralRequests {

    /** {@code POST /api/referrals}: the inter-agency referral form, submitted at once. */
    public record Refer(
            @NotNull UUID familyId,
            @NotEmpty @Size(max = 50) List<@NotNull UUID> childMemberIds,
            UUID planId,
            @NotBlank @Size(max = 20000) String concerns,
            @NotNull Boolean significantHarm,
            @NotNull Boolean familyConsented,
            @Size(max = 4000) String noConsentReason,
            @Size(max = 20000) String earlyHelpSoFar) {

        StepUpReferral.Form form() {
            return new StepUpReferral.Form(childMemberIds, concerns, significantHarm, familyConsented, noConsentReason, earlyHelpSoFar);
        }
    }

    /** {@code POST /api/referrals/{id}/submission}: a draft's form written and sent; children default to the draft's. */
    public record Submit(
            @Size(max = 50) List<@NotNull UUID> childMemberIds,
            @NotBlank @Size(max = 20000) String concerns,
            @NotNull Boolean significantHarm,
            @NotNull Boolean familyConsented,
            @Size(max = 4000) String noConsentReason,
            @Size(max = 20000) String earlyHelpSoFar) {

        StepUpReferral.Form form() {
            return new StepUpReferral.Form(childMemberIds, concerns, significantHarm, familyConsented, noConsentReason, earlyHelpSoFar);
        }
    }

    /** {@code POST /api/referrals/{id}/decision}. */
    public record Decide(@NotNull ReferralDecision decision, @NotNull LocalDate decidedOn, @NotNull Boolean earlyHelpContinues) {
    }

    private ReferralRequests() {
    }
}
