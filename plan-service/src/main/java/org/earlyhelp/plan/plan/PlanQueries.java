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
        return PlanView.of(plan, plans.nextReviews(java.util.List.of(id)).get(id), clock);
    }

    /**
     * A page of the plans the caller sees (a caseload), in a fixed number of statements whatever the page's size: the page
     * and its count, one query per collection shown ({@link FamilyPlanRepository#loadShownParts}), one for the next
     * reviews (the reviews themselves are not loaded), and one audit insert for all the plans listed.
     */
    public Page<PlanView> search(Caller caller, PlanFilter filter, PageRequest page) {
        plans.readOnly();
        Page<FamilyPlan> found = plans.search(caller, filter, page);
        plans.loadShownParts(found.items());
        java.util.Map<UUID, PlanView.NextReview> next = plans.nextReviews(found.items().stream().map(FamilyPlan::id).toList());
        Page<PlanView> shown = found.map(plan -> PlanView.of(plan, next.get(plan.id()), clock));
        audit.recordAll(caller, "plan.list",
                shown.items().stream().map(plan -> new AuditTrail.Read(plan.familyId(), "plan/" + plan.id())).toList());
        return shown;
    }

    /** The plan's history of changes to its goals and actions, newest first, to those who see the plan (404 otherwise, audited). */
    public Page<PlanChangeView> history(UUID id, Caller caller, PageRequest page) {
        plans.readOnly();
        FamilyPlan plan = visible.get(id, caller, "plan.history");
        audit.record(caller, "plan.history", plan.familyId(), "plan/" + id + "/history");
        return changes.ofPlan(id, page).map(PlanChangeView::of);
    }
}
