package org.earlyhelp.plan.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.earlyhelp.events.Professional;

/** The one practitioner who co-ordinates the plan (domain.md). */
@Embeddable
public record LeadProfessional(
        @Column(name = "lp_user_id") String userId,
        @Column(name = "lp_name") String name,
        @Column(name = "lp_agency") String agency,
        @Column(name = "lp_role") String role) {

    public static LeadProfessional of(Professional professional) {
        return new LeadProfessional(professional.userId(), professional.name(), professional.agency(), professional.role());
    }

    public Professional toEvent() {
        return new Professional(userId, name, agency, role);
    }
}
