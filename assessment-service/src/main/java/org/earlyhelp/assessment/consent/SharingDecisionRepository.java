package org.earlyhelp.assessment.consent;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class SharingDecisionRepository implements PanacheRepositoryBase<SharingDecision, UUID> {

    public List<SharingDecision> ofFamily(UUID familyId) {
        return list("familyId = ?1 order by decidedAt", familyId);
    }
}
