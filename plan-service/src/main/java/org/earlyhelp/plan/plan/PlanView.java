package org.earlyhelp.plan.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A plan as {@code GET /api/plans/{id}} shows it (api.md). */
public record PlanView(UUID id, UUID familyId, PlanStatus status, PlanOriginKind origin, UUID originRef,
        List<OriginView> origins, LeadProfessional leadProfessional, List<TeamMember> team, List<GoalView> goals,
        NextReview nextReview, LocalDate openedOn) {

    public record OriginView(PlanOriginKind origin, UUID originRef, LocalDate joinedOn) {
    }

    public record GoalView(UUID id, String needIndicator, String description, String measure, LocalDate targetDate,
            boolean draft, List<ActionView> actions) {
    }

    public record ActionView(UUID id, String description, Object owner, LocalDate dueDate, String status) {
    }

    public record NextReview(UUID id, ReviewKind kind, LocalDate dueBy) {
    }

    public static PlanView of(FamilyPlan plan) {
        return new PlanView(plan.id(), plan.familyId(), plan.status(), plan.origin(), plan.originRef(),
                plan.origins().stream().map(o -> new OriginView(o.origin(), o.originRef(), o.joinedOn())).toList(),
                plan.leadProfessional(), plan.team(),
                plan.goals().stream().map(g -> new GoalView(g.id(), g.needIndicator(), g.description(), g.measure(),
                        g.targetDate(), g.draft(), List.of())).toList(),
                plan.nextReview().map(r -> new NextReview(r.id(), r.kind(), r.dueBy())).orElse(null),
                plan.openedOn());
    }
}
