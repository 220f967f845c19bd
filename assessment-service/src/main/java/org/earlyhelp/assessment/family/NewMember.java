package org.earlyhelp.assessment.family;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A member as the API takes one: names, date of birth, role, and where known NHS number and UPN; an {@code UNBORN}
 * member has an {@code expectedDateOfBirth} instead of a date of birth, and names only if chosen ({@link MemberShape},
 * 400). The date of birth is a recorded date: {@link Family} refuses one after today (422
 * {@code recorded-date-not-after-today}); the expected date is a planned one, within 10 months ahead and not more than a
 * month past (422), by the platform clock.
 */
@MemberShape
public record NewMember(
        @Size(max = 100) String givenName,
        @Size(max = 100) String familyName,
        LocalDate dateOfBirth,
        @NotNull MemberRole role,
        @Size(max = 20) @NhsNumber String nhsNumber,
        @Size(max = 20) @Upn String upn,
        LocalDate expectedDateOfBirth) implements MemberShape.Fields {

    /** A born member (the shape of every member before issue 19). */
    public NewMember(String givenName, String familyName, LocalDate dateOfBirth, MemberRole role, String nhsNumber, String upn) {
        this(givenName, familyName, dateOfBirth, role, nhsNumber, upn, null);
    }

    /** Names and a date of birth to match possible duplicates by: an unborn member has neither, so matches by NHS number only. */
    boolean matchableByNameAndBirth() {
        return givenName != null && !givenName.isBlank() && familyName != null && !familyName.isBlank() && dateOfBirth != null;
    }
}
