package org.earlyhelp.plan.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** {@code {id, kind, dueBy, status, heldOn, decision}} (api.md), and what the review recorded. */
public record ReviewView(UUID id, ReviewKind kind, LocalDate dueBy, ReviewStatus status, LocalDate heldOn, String decision,
        List<String> attendees, String childAndFamilyViews, List<ReviewOutcome.ActionProgress> actionProgress) {

    public static ReviewView of(Review r) {
        return new ReviewView(r.id(), r.kind(), r.dueBy(), r.status(), r.heldOn(), r.decision(), r.attendees(),
                r.childAndFamilyViews(), r.actionProgress());
    }
}
