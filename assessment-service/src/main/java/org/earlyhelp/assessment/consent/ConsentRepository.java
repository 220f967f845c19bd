package org.earlyhelp.assessment.consent;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ConsentRepository implements PanacheRepositoryBase<Consent, UUID> {

    public List<Consent> ofFamily(UUID familyId) {
        return list("familyId = ?1 order by recordedAt", familyId);
    }
}
