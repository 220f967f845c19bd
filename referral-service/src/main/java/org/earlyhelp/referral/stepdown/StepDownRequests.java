package org.earlyhelp.referral.stepdown;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

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
            LocalDate warmHandoverOn,
            @NotNull @Size(max = 100) List<@NotNull @Valid CarriedOverGoal> goalsCarriedOver) {

        StepDown.Proposal toProposal() {
            return new StepDown.Proposal(familyId, childMemberIds, cscCaseReference, socialWorker, reason, familyConsented,
                    proposedLeadProfessional, warmHandoverOn, goalsCarriedOver);
        }
    }

    public record Accept(@NotNull LocalDate acceptedOn, @Valid ProfessionalRef leadProfessional) {
    }

    /** Early help says no: when, and why (for the social worker; it stays in this service). */
    public record Decline(@NotNull LocalDate declinedOn, @NotBlank @Size(max = 4000) String reason) {
    }

    /** The social worker takes the proposal back before acceptance. */
    public record Withdraw(@NotNull LocalDate withdrawnOn, @NotBlank @Size(max = 4000) String reason) {
    }

    private StepDownRequests() {
    }
}
