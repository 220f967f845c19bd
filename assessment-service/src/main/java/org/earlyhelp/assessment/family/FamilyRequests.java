package org.earlyhelp.assessment.family;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public final class FamilyRequests {

    /**
     * {@code POST /api/families}. {@code area} is accepted for the contract but must be the
     * caller's own area (no writes across areas).
     */
    public record Register(
            @Size(max = 100) String area,
            @NotBlank @Size(max = 100) String familyName,
            @NotBlank @Size(max = 10) @Postcode String postcode,
            @NotEmpty @Size(max = 30) List<@NotNull @Valid NewMember> members,
            Boolean confirmedNotDuplicate) {
    }

    /**
     * {@code POST /api/families/{id}/members}: one member ({@code dateOfBirth} not after today: 422, checked by {@link Family}; an
     * {@code UNBORN} member has {@code expectedDateOfBirth} instead, and names only if chosen: {@link MemberShape}).
     */
    @MemberShape
    public record AddMember(
            @Size(max = 100) String givenName,
            @Size(max = 100) String familyName,
            LocalDate dateOfBirth,
            @NotNull MemberRole role,
            @Size(max = 20) @NhsNumber String nhsNumber,
            @Size(max = 20) @Upn String upn,
            Boolean confirmedNotDuplicate,
            LocalDate expectedDateOfBirth) implements MemberShape.Fields {

        NewMember toMember() {
            return new NewMember(givenName, familyName, dateOfBirth, role, nhsNumber, upn, expectedDateOfBirth);
        }
    }

    /**
     * {@code POST /api/families/{id}/members/{memberId}/birth}: the unborn member is born. {@code familyName} defaults to
     * the name the member already had, else the family's.
     */
    public record RecordBirth(
            @NotNull LocalDate dateOfBirth,
            @NotBlank @Size(max = 100) String givenName,
            @Size(max = 100) String familyName,
            @Size(max = 20) @NhsNumber String nhsNumber) {
    }

    /**
     * {@code POST /api/families/{id}/consent-refusals}: the family declined early help. {@code toldDataIsRecorded} must be
     * true (422 otherwise, checked by {@link Family}).
     */
    public record RefuseConsent(
            @NotNull UUID refusedByMemberId,
            @NotNull LocalDate refusedOn,
            @NotBlank @Size(max = 4000) String reasons,
            @NotNull @Size(max = 20) List<@NotBlank @Size(max = 200) String> universalServicesOffered,
            @NotNull Boolean toldDataIsRecorded) {
    }

    private FamilyRequests() {
    }
}
