package org.earlyhelp.plan.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A plan as {@code GET /api/plans/{id}} shows it (api.md). */
public record PlanView(UUID id, UUID familyId, PlanStatus status, PlanOriginKind origin, UUID originRef,
        List<OriginView> origins, LeadProfessional leadProfessional, List<TeamMember> team, List<GoalView> goals,
        NextReview nextReview, LocalDate openedOn, LocalDate revisedPlanDueBy, Closure closure, List<HandoverView> handovers,
        LocalDate consentWithdrawnOn, FamilyAgreement familyAgreement,
        LocalDate revisedPlanSharedOn, RevisedPlan revisedPlan, LocalDate closureDueBy, long version) {

    /**
     * The revised plan after the latest review: due by, shared on (the latest sharing since that review), and whether it was
     * met (true shared by the due date, false shared late or the due date passed unshared, null while still due).
     */
    public record RevisedPlan(LocalDate dueBy, LocalDate sharedOn, Boolean met) {
    }

    public record FamilyAgreement(LocalDate agreedOn, String method) {
    }

    public record Closure(ClosureReason reason, LocalDate agreedOn, String summary, LocalDate summaryDueBy) {
    }

    public record HandoverView(UUID id, String from, String to, LocalDate warmHandoverOn, String note, java.time.Instant recordedAt,
            Boolean familyAgreed, HandoverStatus status, LocalDate heldOn) {
        static HandoverView of(Handover h) {
            return new HandoverView(h.id(), h.fromUserId(), h.toUserId(), h.warmHandoverOn(), h.note(), h.recordedAt(), h.familyAgreed(),
                    h.status(), h.heldOn());
        }
    }

    public record OriginView(PlanOriginKind origin, UUID originRef, LocalDate joinedOn) {
    }

    public record GoalView(UUID id, String needIndicator, String description, String measure, LocalDate targetDate,
            boolean draft, GoalStatus status, Withdrawal withdrawal, List<ActionView> actions, OutcomeView outcome) {
        static GoalView of(Goal g) {
            return new GoalView(g.id(), g.needIndicator(), g.description(), g.measure(), g.targetDate(), g.draft(), g.status(),
                    g.isWithdrawn() ? new Withdrawal(g.withdrawalReason(), g.withdrawnAt()) : null,
                    g.actions().stream().map(ActionView::of).toList(), OutcomeView.of(g));
        }
    }

    /** A goal's latest outcome: at a review ({@code reviewId}) or at the closure (none); null until one is recorded. */
    public record OutcomeView(GoalStatus outcome, String note, LocalDate recordedOn, UUID reviewId) {
        static OutcomeView of(Goal g) {
            if (g.outcomeRecordedOn() == null) {
                return null;
            }
            GoalStatus outcome = g.isWithdrawn() ? null : g.status();
            return new OutcomeView(outcome, g.outcomeNote(), g.outcomeRecordedOn(), g.outcomeReviewId());
        }
    }

    public record ActionView(UUID id, String description, ActionOwner owner, LocalDate dueDate, ActionStatus status, Withdrawal withdrawal) {
        static ActionView of(Action a) {
            return new ActionView(a.id(), a.description(), a.owner(), a.dueDate(), a.status(),
                    a.isWithdrawn() ? new Withdrawal(a.withdrawalReason(), a.withdrawnAt()) : null);
        }
    }

    /** Why and when a goal or an action was withdrawn. */
    public record Withdrawal(String reason, java.time.Instant at) {
    }

    public record NextReview(UUID id, ReviewKind kind, LocalDate dueBy) {
    }

    /** The plan as shown, today (whether the revised plan's due date has passed) read from the platform clock. */
    public static PlanView of(FamilyPlan plan, java.time.Clock clock) {
        return of(plan, plan.nextReview().map(r -> new NextReview(r.id(), r.kind(), r.dueBy())).orElse(null), clock);
    }

    /**
     * The plan as shown, with its next review read apart ({@code FamilyPlanRepository.nextReviews}: the open review due first,
     * or null), so that showing a plan does not load its reviews.
     */
    public static PlanView of(FamilyPlan plan, NextReview nextReview, java.time.Clock clock) {
        return new PlanView(plan.id(), plan.familyId(), plan.status(), plan.origin(), plan.originRef(),
                plan.origins().stream().map(o -> new OriginView(o.origin(), o.originRef(), o.joinedOn())).toList(),
                plan.leadProfessional(), plan.team(),
                plan.goals().stream().map(GoalView::of).toList(),
                nextReview,
                plan.openedOn(), plan.revisedPlanDueBy(),
                plan.closureReason() == null && plan.closureSummaryDueBy() == null ? null
                        : new Closure(plan.closureReason(), plan.closedOn(), plan.closureSummary(), plan.closureSummaryDueBy()),
                plan.handovers().stream().map(HandoverView::of).toList(),
                plan.consentWithdrawnOn(),
                plan.familyAgreedOn() == null ? null : new FamilyAgreement(plan.familyAgreedOn(), plan.familyAgreementMethod()),
                plan.revisedPlanSharedOn(),
                plan.revisedPlanDueBy() == null ? null
                        : new RevisedPlan(plan.revisedPlanDueBy(), plan.revisedPlanSharedOn(), plan.revisedPlanMet(clock)),
                plan.closureDueBy(),
                plan.version());
    }
}
