package org.earlyhelp.plan.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code {id, kind, dueBy, status, heldOn, decision}} (api.md), and what the review (a TAF meeting) recorded: attendees,
 * views, progress, and (issue 18) who was invited, contributions, significant events, whether the family and the professionals
 * agreed (null: not recorded), the goals' outcomes.
 */
public record ReviewView(UUID id, ReviewKind kind, LocalDate dueBy, ReviewStatus status, LocalDate heldOn, String decision,
        List<String> attendees, String childAndFamilyViews, List<ReviewOutcome.ActionProgress> actionProgress, List<String> invited,
        List<Contribution> contributions, String significantEvents, Boolean agreedByFamily, Boolean agreedByProfessionals,
        List<GoalOutcome> goalOutcomes) {

    public static ReviewView of(Review r) {
        return new ReviewView(r.id(), r.kind(), r.dueBy(), r.status(), r.heldOn(), r.decision(), r.attendees(),
                r.childAndFamilyViews(), r.actionProgress(), r.invited(), r.contributions(), r.significantEvents(), r.agreedByFamily(),
                r.agreedByProfessionals(), r.goalOutcomes());
    }
}
