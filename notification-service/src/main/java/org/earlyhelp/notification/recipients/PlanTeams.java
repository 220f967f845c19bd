package org.earlyhelp.notification.recipients;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.events.plan.LeadProfessionalChangedV1;
import org.earlyhelp.events.plan.PlanClosedV1;
import org.earlyhelp.events.plan.PlanOpenedV1;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * The plan-team projection. Every change is idempotent (a set, a replacement), so an event
 * applied twice leaves it as applied once; callers run inside the inbox transaction.
 */
@ApplicationScoped
public class PlanTeams implements PanacheRepositoryBase<PlanTeam, UUID> {

    public void opened(PlanOpenedV1 e) {
        PlanTeam plan = findByIdOptional(e.planId()).orElseGet(() -> {
            PlanTeam created = PlanTeam.of(e.planId(), e.area(), e.familyId());
            persist(created);
            return created;
        });
        if (e.leadProfessional() != null) {
            plan.lead(e.leadProfessional().userId());
        }
        plan.join(e.teamUserIds() == null ? List.of() : e.teamUserIds());
    }

    public void leadChanged(LeadProfessionalChangedV1 e) {
        findByIdOptional(e.planId()).ifPresent(plan -> plan.lead(e.to().userId()));
    }

    public void closed(PlanClosedV1 e) {
        findByIdOptional(e.planId()).ifPresent(PlanTeam::close);
    }

    public Optional<PlanTeam> of(UUID planId) {
        return findByIdOptional(planId);
    }

    public Optional<PlanTeam> activeFor(String area, UUID familyId) {
        return find("area = ?1 and familyId = ?2 and active = true", area, familyId).firstResultOptional();
    }
}
