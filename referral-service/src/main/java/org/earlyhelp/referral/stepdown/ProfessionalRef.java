package org.earlyhelp.referral.stepdown;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.earlyhelp.events.Professional;

/** A practitioner as the API names one: {@code {userId, name, agency, role}}. */
public record ProfessionalRef(
        @NotBlank @Size(max = 200) String userId,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 100) String agency,
        @NotBlank @Size(max = 100) String role) {

    public Professional toEvent() {
        return new Professional(userId, name, agency, role);
    }
}
