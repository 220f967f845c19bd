package org.earlyhelp.assessment.family;

import java.util.List;

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

    /** {@code POST /api/families/{id}/members}: one member ({@code dateOfBirth} not after today: 422, checked by {@link Family}). */
    public record AddMember(
            @NotBlank @Size(max = 100) String givenName,
            @NotBlank @Size(max = 100) String familyName,
            @NotNull java.time.LocalDate dateOfBirth,
            @NotNull MemberRole role,
            @Size(max = 20) @NhsNumber String nhsNumber,
            @Size(max = 20) @Upn String upn,
            Boolean confirmedNotDuplicate) {

        NewMember toMember() {
            return new NewMember(givenName, familyName, dateOfBirth, role, nhsNumber, upn);
        }
    }

    private FamilyRequests() {
    }
}
