package org.earlyhelp.plan.plan;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.earlyhelp.plan.timescales.AreaTimescales;
import org.earlyhelp.platform.access.FamilyCircle;
import org.earlyhelp.platform.audit.AuditTrail;
import org.earlyhelp.platform.outbox.Outbox;
import org.earlyhelp.platform.security.Caller;
import org.earlyhelp.platform.web.Versions;

import io.quarkus.security.ForbiddenException;

/** Changes to a plan by its lead professional or the area's early help team; each change, its events and its audit entry commit together. */
@ApplicationScoped
@Transactional
public class PlanCommands {

    private final FamilyPlanRepository plans;
    private final AreaTimescales timescales;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Clock clock;
    private final VisiblePlans visiblePlans;
    private final FamilyCircle circle;

    public PlanCommands(FamilyPlanRepository plans, AreaTimescales timescales, Outbox outbox, AuditTrail audit, Clock clock,
            VisiblePlans visiblePlans, FamilyCircle circle) {
        this.circle = circle;
        this.visiblePlans = visiblePlans;
        this.plans = plans;
        this.timescales = timescales;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A plan opened by hand (origin MANUAL), for a family the caller already sees (its circle, or a plan of it they lead
     * or sit in; 404 otherwise, audited): one family, one plan, so a family with an active plan is a conflict.
     */
    public PlanView open(PlanRequests.NewPlan request, Caller caller) {
        circle.requireSees(caller, request.familyId(), "plan.open", plans.anyVisible(caller, request.familyId()));
        plans.activeFor(caller.area(), request.familyId()).ifPresent(active -> {
            // The conflict names only what the caller may see: the active plan's id to those who see that plan.
            boolean seesIt = active.isVisibleTo(caller);
            throw new org.earlyhelp.platform.problem.ConflictingState(seesIt
                    ? "This family already has an active plan (" + active.id() + "): one family, one plan. Add to it instead"
                    : "This family already has an active plan: one family, one plan. Ask its lead professional or the early help team",
                    seesIt ? java.util.Map.of("activePlanId", active.id()) : java.util.Map.of());
        });
        PlanRequests.Member lead = request.leadProfessional();
        FamilyPlan.Change change = FamilyPlan.openManually(caller.area(), request.familyId(),
                new LeadProfessional(lead.userId(), lead.name(), lead.agency(), lead.role()), request.openedOn(),
                timescales.forArea(caller.area()), clock);
        FamilyPlan plan = change.plan();
        if (request.goals() != null) {
            request.goals().forEach(g -> plan.addGoal(new GoalDraft(g.needIndicator(), g.description(), g.measure(), g.targetDate(), false),
                    clock));
        }
        plans.persist(plan);
        return saved(change, caller, "plan.open");
    }

    public PlanView recordAgreement(UUID planId, PlanRequests.Agreement request, String ifMatch, Caller caller) {
        FamilyPlan plan = changeable(planId, ifMatch, caller);
        plan.recordFamilyAgreement(request.agreedOn(), request.method(), clock);
        return saved(plan, caller, "plan.family-agreement");
    }

    public PlanView addGoal(UUID planId, PlanRequests.NewGoal request, String ifMatch, Caller caller) {
        FamilyPlan plan = changeable(planId, ifMatch, caller);
        plan.addGoal(new GoalDraft(request.needIndicator(), request.description(), request.measure(), request.targetDate(), false), clock);
        return saved(plan, caller, "plan.add-goal");
    }

    public PlanView addAction(UUID planId, UUID goalId, PlanRequests.NewAction request, String ifMatch, Caller caller) {
        FamilyPlan plan = changeable(planId, ifMatch, caller);
        plan.addAction(goalId, request.description(), request.owner(), request.dueDate());
        return saved(plan, caller, "plan.add-action");
    }

    public PlanView editGoal(UUID planId, UUID goalId, PlanRequests.GoalChange request, String ifMatch, Caller caller) {
        FamilyPlan plan = changeable(planId, ifMatch, caller);
        return saved(plan.editGoal(goalId, request.toEdit(), caller.userId(), clock.instant()), caller, "plan.goal-changed");
    }

    public PlanView withdrawGoal(UUID planId, UUID goalId, PlanRequests.Withdrawal request, String ifMatch, Caller caller) {
        FamilyPlan plan = changeable(planId, ifMatch, caller);
        return saved(plan.withdrawGoal(goalId, request.reason(), caller.userId(), clock.instant()), caller, "plan.goal-withdrawn");
    }

    public PlanView editAction(UUID planId, UUID goalId, UUID actionId, PlanRequests.ActionChange request, String ifMatch, Caller caller) {
        FamilyPlan plan = changeable(planId, ifMatch, caller);
        return saved(plan.editAction(goalId, actionId, request.toEdit(), caller.userId(), clock.instant()), caller, "plan.action-changed");
    }

    public PlanView withdrawAction(UUID planId, UUID goalId, UUID actionId, PlanRequests.Withdrawal request, String ifMatch, Caller caller) {
        FamilyPlan plan = changeable(planId, ifMatch, caller);
        return saved(plan.withdrawAction(goalId, actionId, request.reason(), caller.userId(), clock.instant()), caller,
                "plan.action-withdrawn");
    }

    public PlanView replaceTeam(UUID planId, PlanRequests.Team request, String ifMatch, Caller caller) {
        FamilyPlan plan = changeable(planId, ifMatch, caller);
        plan.replaceTeam(request.members().stream().map(PlanRequests.TeamMemberEntry::toTeamMember).toList());
        return saved(plan, caller, "plan.team");
    }

    public PlanView handOver(UUID planId, PlanRequests.NewHandover request, String ifMatch, Caller caller) {
        FamilyPlan plan = changeable(planId, ifMatch, caller);
        PlanRequests.Member to = request.to();
        FamilyPlan.Change change = plan.handOver(new LeadProfessional(to.userId(), to.name(), to.agency(), to.role()),
                request.familyAgreed(), request.warmHandoverOn(), request.note(), caller.userId(), clock);
        return saved(change, caller, "plan.handover");
    }

    // --- issue 18: follow-ups ---

    /** A planned warm handover took place. */
    public PlanView completeHandover(UUID planId, UUID handoverId, PlanRequests.HandoverCompletion request, String ifMatch, Caller caller) {
        FamilyPlan plan = changeable(planId, ifMatch, caller);
        return saved(plan.completeHandover(handoverId, request.heldOn(), clock), caller, "plan.handover-held");
    }

    /** The revised plan shared with the family and the team. */
    public PlanView shareRevisedPlan(UUID planId, PlanRequests.Sharing request, String ifMatch, Caller caller) {
        FamilyPlan plan = changeable(planId, ifMatch, caller);
        return saved(plan.shareRevisedPlan(request.sharedOn(), request.sharedWith(), caller.userId(), clock), caller,
                "plan.revised-plan-shared");
    }

    // --- end of issue 18 follow-ups ---

    public PlanView holdReview(UUID planId, UUID reviewId, PlanRequests.Outcome request, String ifMatch, Caller caller) {
        FamilyPlan plan = changeable(planId, ifMatch, caller);
        FamilyPlan.Change change = plan.holdReview(reviewId, request.toOutcome(), timescales.forArea(plan.area()), caller.userId(), clock);
        return saved(change, caller, "plan.review-held");
    }

    public PlanView rescheduleReview(UUID planId, UUID reviewId, PlanRequests.Reschedule request, String ifMatch, Caller caller) {
        FamilyPlan plan = changeable(planId, ifMatch, caller);
        FamilyPlan.Change change = plan.rescheduleReview(reviewId, request.dueBy(), request.reason(), timescales.forArea(plan.area()),
                caller.userId(), clock);
        return saved(change, caller, "plan.review-rescheduled");
    }

    public PlanView close(UUID planId, PlanRequests.Closure request, String ifMatch, Caller caller) {
        FamilyPlan plan = changeable(planId, ifMatch, caller);
        return saved(plan.close(request.reason(), request.agreedOn(), request.summary(),
                request.goalOutcomes() == null ? List.of() : request.goalOutcomes(), caller.userId(), clock), caller, "plan.close");
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReviewView> reviews(UUID planId, Caller caller) {
        FamilyPlan plan = visiblePlans.get(planId, caller, "plan.reviews");
        audit.record(caller, "plan.reviews", plan.familyId(), "plan/" + planId + "/reviews");
        return plan.reviews().stream().map(ReviewView::of).toList();
    }

    private FamilyPlan changeable(UUID planId, String ifMatch, Caller caller) {
        FamilyPlan plan = visiblePlans.get(planId, caller, "plan.change");
        if (!plan.mayBeChangedBy(caller)) {
            throw new ForbiddenException("Only the lead professional or the early help team may change this plan");
        }
        Versions.requireMatch(ifMatch, plan.version());
        plans.newVersion(plan);
        return plan;
    }

    private PlanView saved(FamilyPlan plan, Caller caller, String action) {
        return saved(new FamilyPlan.Change(plan, List.of()), caller, action);
    }

    private PlanView saved(FamilyPlan.Change change, Caller caller, String action) {
        plans.flush();
        change.events().forEach(outbox::publish);
        audit.record(caller, action, change.plan().familyId(), "plan/" + change.plan().id());
        return PlanView.of(change.plan(), clock);
    }
}
