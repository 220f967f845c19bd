package org.earlyhelp.plan.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Who carries out an action: a member of the team around the family (by agency), the family itself (agency {@code family}),
 * or someone in the family's network named in the team (by name; agency optional).
 */
@Embeddable
public record ActionOwner(
        @NotBlank @Size(max = 200) @Column(name = "owner_name") String name,
        @Size(max = 100) @Column(name = "owner_agency") String agency) {

    public static final String FAMILY = "family";

    public boolean isFamily() {
        return FAMILY.equalsIgnoreCase(agency);
    }
}
