package org.earlyhelp.plan.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a review (a TAF meeting) recorded: when, who was invited and who came, what each contributed, significant events,
 * progress on every action, the child's and family's views (required), the outcome of goals, whether the family and the
 * professionals agreed (null: not recorded), one decision.
 */
public record ReviewOutcome(LocalDate heldOn, List<String> attendees, List<ActionProgress> actionProgress, String childAndFamilyViews,
        ReviewDecision decision, LocalDate nextReviewDueBy, List<String> invited, List<Contribution> contributions, String significantEvents,
        Boolean agreedByFamily, Boolean agreedByProfessionals, List<GoalOutcome> goalOutcomes) {

    /** A review recording no TAF meeting details and no goal outcomes. */
    public ReviewOutcome(LocalDate heldOn, List<String> attendees, List<ActionProgress> actionProgress, String childAndFamilyViews,
            ReviewDecision decision, LocalDate nextReviewDueBy) {
        this(heldOn, attendees, actionProgress, childAndFamilyViews, decision, nextReviewDueBy, List.of(), List.of(), null, null, null,
                List.of());
    }

    public record ActionProgress(UUID actionId, ActionStatus status, String note) {
    }
}
