package org.earlyhelp.referral.stepdown;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the step-down calls (api.md). */
public final class StepDownRequests {

    public record Propose(
            @NotNull UUID familyId,
            @NotEmpty @Size(max = 50) List<@NotNull UUID> childMemberIds,
            @NotBlank @Size(max = 100) String cscCaseReference,
            @NotNull @Valid SocialWorkerRef socialWorker,
            @NotBlank @Size(max = 4000) String reason,
            @NotNull Boolean familyConsented,
            @NotNull @Valid ProfessionalRef proposedLeadProfessional,
            @Schema(description = "The day planned (or held) for the warm handover: not before proposedOn "
                    + "(422 handover-after-proposal); never compared with today", format = "date", example = "2026-03-16")
            LocalDate warmHandoverOn,
            @NotNull @Size(max = 100) List<@NotNull @Valid CarriedOverGoal> goalsCarriedOver,
            @Schema(description = "The day CSC proposed the step-down (a date people record, Europe/London); default today. "
                    + "Not after today (422 recorded-date-not-after-today); earlier when recorded after the fact. Goals' "
                    + "target dates, the warm handover and the answers (accepted, declined, withdrawn) are not before it.",
                    format = "date", example = "2026-03-09")
            LocalDate proposedOn) {

        StepDown.Proposal toProposal() {
            return new StepDown.Proposal(familyId, childMemberIds, cscCaseReference, socialWorker, reason, familyConsented,
                    proposedLeadProfessional, warmHandoverOn, goalsCarriedOver, proposedOn);
        }
    }

    public record Accept(
            @Schema(description = "The day early help accepted: not after today (422 recorded-date-not-after-today), not before "
                    + "the step-down's proposedOn (422 acceptance-after-proposal)", format = "date", example = "2026-03-23")
            @NotNull LocalDate acceptedOn,
            @Valid ProfessionalRef leadProfessional) {
    }

    /** Early help says no: when, and why (for the social worker; it stays in this service). */
    public record Decline(
            @Schema(description = "The day early help declined: not after today (422 recorded-date-not-after-today), not before "
                    + "the step-down's proposedOn (422 decline-after-proposal)", format = "date", example = "2026-03-13")
            @NotNull LocalDate declinedOn,
            @NotBlank @Size(max = 4000) String reason) {
    }

    /** The social worker takes the proposal back before acceptance. */
    public record Withdraw(
            @Schema(description = "The day the social worker withdrew it: not after today (422 recorded-date-not-after-today), "
                    + "not before the step-down's proposedOn (422 withdrawal-after-proposal)", format = "date", example = "2026-03-13")
            @NotNull LocalDate withdrawnOn,
            @NotBlank @Size(max = 4000) String reason) {
    }

    private StepDownRequests() {
    }
}
