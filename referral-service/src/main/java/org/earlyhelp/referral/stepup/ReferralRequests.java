package org.earlyhelp.referral.stepup;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
            @Size(max = 20000) String earlyHelpSoFar,
            @Schema(description = REFERRED_ON, format = "date", example = "2026-01-14") LocalDate referredOn) {

        StepUpReferral.Form form() {
            return new StepUpReferral.Form(childMemberIds, concerns, significantHarm, familyConsented, noConsentReason, earlyHelpSoFar,
                    referredOn);
        }
    }

    /** {@code POST /api/referrals/{id}/submission}: a draft's form written and sent; children default to the draft's. */
    public record Submit(
            @Size(max = 50) List<@NotNull UUID> childMemberIds,
            @NotBlank @Size(max = 20000) String concerns,
            @NotNull Boolean significantHarm,
            @NotNull Boolean familyConsented,
            @Size(max = 4000) String noConsentReason,
            @Size(max = 20000) String earlyHelpSoFar,
            @Schema(description = REFERRED_ON, format = "date", example = "2026-01-14") LocalDate referredOn) {

        StepUpReferral.Form form() {
            return new StepUpReferral.Form(childMemberIds, concerns, significantHarm, familyConsented, noConsentReason, earlyHelpSoFar,
                    referredOn);
        }
    }

    /** {@code POST /api/referrals/{id}/decision}. */
    public record Decide(@NotNull ReferralDecision decision,
            @Schema(description = "The day CSC decided (a date people record, Europe/London): not after today "
                    + "(422 recorded-date-not-after-today), not before the referral's referredOn (422 decision-after-referral). "
                    + "A decision entered when the letter arrives keeps its own, earlier date.", format = "date", example = "2026-01-20")
            @NotNull LocalDate decidedOn,
            @NotNull Boolean earlyHelpContinues) {
    }

    static final String REFERRED_ON = "The day the referral was made (a date people record, Europe/London); default today. "
            + "Not after today (422 recorded-date-not-after-today); earlier when the referral is recorded after the fact. "
            + "CSC's decidedOn may not be before it.";

    private ReferralRequests() {
    }
}
