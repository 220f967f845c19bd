package org.earlyhelp.plan.plan;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.platform.audit.AuditTrail;
import org.earlyhelp.platform.problem.NotFound;
import org.earlyhelp.platform.security.Caller;

/**
 * A plan the caller may see, or 404. A plan that exists but is hidden from the caller is a refused attempt on the
 * family's records: audited as refused (in its own transaction), and answered as if it did not exist.
 */
@ApplicationScoped
public class VisiblePlans {

    private final FamilyPlanRepository plans;
    private final AuditTrail audit;

    public VisiblePlans(FamilyPlanRepository plans, AuditTrail audit) {
        this.plans = plans;
        this.audit = audit;
    }

    public FamilyPlan get(UUID planId, Caller caller, String action) {
        Optional<FamilyPlan> found = plans.findByIdOptional(planId);
        if (found.isPresent() && found.get().isVisibleTo(caller)) {
            return found.get();
        }
        found.ifPresent(plan -> audit.refused(caller, action, plan.familyId(), "plan/" + planId));
        throw new NotFound("Plan " + planId);
    }
}
