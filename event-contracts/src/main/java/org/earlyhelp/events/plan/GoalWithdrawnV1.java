package org.earlyhelp.events.plan;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.earlyhelp.events.FamilyEvent;

/** A goal was withdrawn (never deleted), with the open actions it withdrew; the reason stays in plan-service. */
public record GoalWithdrawnV1(UUID familyId, String area, UUID planId, UUID goalId, List<UUID> withdrawnActionIds,
        String withdrawnByUserId, Instant withdrawnAt) implements FamilyEvent {
}
