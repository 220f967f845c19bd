package org.earlyhelp.plan.plan;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.earlyhelp.platform.audit.AuditTrail;
import org.earlyhelp.platform.security.Caller;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;

/** Reads of plans, limited to what the caller may see, each audited. */
@ApplicationScoped
@Transactional
public class PlanQueries {

    private final FamilyPlanRepository plans;
    private final AuditTrail audit;
    private final VisiblePlans visible;
    private final PlanChangeRepository changes;

    private final java.time.Clock clock;

    public PlanQueries(FamilyPlanRepository plans, AuditTrail audit, VisiblePlans visible, PlanChangeRepository changes, java.time.Clock clock) {
        this.clock = clock;
        this.changes = changes;
        this.plans = plans;
        this.audit = audit;
        this.visible = visible;
    }

    public PlanView get(UUID id, Caller caller) {
        plans.readOnly();
        FamilyPlan plan = visible.get(id, caller, "plan.read");
        audit.record(caller, "plan.read", plan.familyId(), "plan/" + id);
        return PlanView.of(plan, clock);
    }

    public Page<PlanView> search(Caller caller, PlanFilter filter, PageRequest page) {
        plans.readOnly();
        Page<PlanView> found = plans.search(caller, filter, page).map(plan -> PlanView.of(plan, clock));
        found.items().forEach(plan -> audit.record(caller, "plan.list", plan.familyId(), "plan/" + plan.id()));
        return found;
    }

    /** The plan's history of changes to its goals and actions, newest first, to those who see the plan (404 otherwise, audited). */
    public Page<PlanChangeView> history(UUID id, Caller caller, PageRequest page) {
        plans.readOnly();
        FamilyPlan plan = visible.get(id, caller, "plan.history");
        audit.record(caller, "plan.history", plan.familyId(), "plan/" + id + "/history");
        return changes.ofPlan(id, page).map(PlanChangeView::of);
    }
}
