package org.earlyhelp.assessment.family;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** A member as the API takes one: names, date of birth, role, and where known NHS number and UPN. */
public record NewMember(
        @NotBlank @Size(max = 100) String givenName,
        @NotBlank @Size(max = 100) String familyName,
        @NotNull @PastOrPresent(message = "must not be in the future") LocalDate dateOfBirth,
        @NotNull MemberRole role,
        @Size(max = 20) @NhsNumber String nhsNumber,
        @Size(max = 20) @Upn String upn) {
}
