package org.earlyhelp.assessment.family;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A member as the API takes one: names, date of birth, role, and where known NHS number and UPN. The date of birth is a
 * recorded date: {@link Family} refuses one after today (422 {@code recorded-date-not-after-today}), by the platform clock.
 */
public record NewMember(
        @NotBlank @Size(max = 100) String givenName,
        @NotBlank @Size(max = 100) String familyName,
        @NotNull LocalDate dateOfBirth,
        @NotNull MemberRole role,
        @Size(max = 20) @NhsNumber String nhsNumber,
        @Size(max = 20) @Upn String upn) {
}
