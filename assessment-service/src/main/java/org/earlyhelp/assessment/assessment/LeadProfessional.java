package org.earlyhelp.assessment.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.earlyhelp.events.Professional;

/** The practitioner who does the assessment with the family and signs it off. */
@Embeddable
public record LeadProfessional(
        @NotBlank @Size(max = 200) @Column(name = "lp_user_id") String userId,
        @NotBlank @Size(max = 200) @Column(name = "lp_name") String name,
        @NotBlank @Size(max = 100) @Column(name = "lp_agency") String agency,
        @NotBlank @Size(max = 100) @Column(name = "lp_role") String role) {

    public Professional toEvent() {
        return new Professional(userId, name, agency, role);
    }
}
