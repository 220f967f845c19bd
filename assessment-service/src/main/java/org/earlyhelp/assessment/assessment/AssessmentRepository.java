package org.earlyhelp.assessment.assessment;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class AssessmentRepository implements PanacheRepositoryBase<Assessment, UUID> {

    public List<Assessment> ofFamily(UUID familyId) {
        return list("familyId = ?1 order by createdAt desc", familyId);
    }
}
