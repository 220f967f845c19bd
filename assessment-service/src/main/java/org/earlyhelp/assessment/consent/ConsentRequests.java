package org.earlyhelp.assessment.consent;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public final class ConsentRequests {

    public record Give(
            @NotNull UUID givenByMemberId,
            @NotEmpty @Size(max = 30) List<@NotNull UUID> coversMemberIds,
            @NotEmpty @Size(max = 10) List<@NotNull ConsentPurpose> purposes,
            @Size(max = 50) List<@NotBlank @Size(max = 100) String> sharedWithAgencies,
            @NotNull ConsentMethod method,
            @NotNull LocalDate givenOn) {
    }

    public record Withdraw(@NotNull LocalDate withdrawnOn, @NotBlank @Size(max = 2000) String reason) {
    }

    /**
     * {@code reason} and {@code managerUserId} are checked by the rules (422), not as fields. {@code withConsent} may be left
     * out when {@code ground} is given (it follows from it); {@code ground} may be left out of a share on consent
     * ({@code withConsent: true}) and of a decision not to share.
     */
    public record Decide(
            @NotNull Boolean shared,
            Boolean withConsent,
            SharingGround ground,
            @NotBlank @Size(max = 2000) String what,
            @NotBlank @Size(max = 500) String withWhom,
            @Size(max = 4000) String reason,
            @Size(max = 200) String managerUserId,
            LocalDate sharedOn) {

        SharingDecision.Proposal proposal() {
            return new SharingDecision.Proposal(shared, withConsent, ground, what, withWhom, reason, managerUserId, sharedOn);
        }
    }

    /** {@code POST .../sharing-decisions/{decisionId}/approval}: a manager agrees, or not; a refusal says why (422 otherwise). */
    public record Approve(@NotNull Boolean approved, @Size(max = 2000) String note) {
    }

    /** When the information actually went, recorded after the decision. */
    public record Shared(@NotNull java.time.LocalDate sharedOn) {
    }

    private ConsentRequests() {
    }
}
