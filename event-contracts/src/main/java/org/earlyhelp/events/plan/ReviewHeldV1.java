package org.earlyhelp.events.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.earlyhelp.events.FamilyEvent;

/**
 * {@code kind}: INITIAL or REGULAR; {@code closureDueBy}: when the review decided CLOSE, the day the closure summary is
 * due (otherwise null). Both null on events published before they were added (issue 20).
 */
public record ReviewHeldV1(UUID familyId, String area, UUID planId, UUID reviewId, LocalDate heldOn, String decision,
        String leadProfessionalUserId, List<UUID> childMemberIds, String kind, LocalDate closureDueBy) implements FamilyEvent {

    /** The event as it was before {@code kind} and {@code closureDueBy}. */
    public ReviewHeldV1(UUID familyId, String area, UUID planId, UUID reviewId, LocalDate heldOn, String decision,
            String leadProfessionalUserId, List<UUID> childMemberIds) {
        this(familyId, area, planId, reviewId, heldOn, decision, leadProfessionalUserId, childMemberIds, null, null);
    }
}
