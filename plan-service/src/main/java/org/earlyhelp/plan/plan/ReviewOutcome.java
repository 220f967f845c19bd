package org.earlyhelp.plan.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What a review recorded: when, who came, progress on every action, the child's and family's views, one decision. */
public record ReviewOutcome(LocalDate heldOn, List<String> attendees, List<ActionProgress> actionProgress, String childAndFamilyViews,
        ReviewDecision decision, LocalDate nextReviewDueBy) {

    public record ActionProgress(UUID actionId, ActionStatus status, String note) {
    }
}
