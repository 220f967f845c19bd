package org.earlyhelp.events.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.earlyhelp.events.FamilyEvent;

public record ReviewHeldV1(UUID familyId, String area, UUID planId, UUID reviewId, LocalDate heldOn, String decision,
        String leadProfessionalUserId, List<UUID> childMemberIds) implements FamilyEvent {
}
