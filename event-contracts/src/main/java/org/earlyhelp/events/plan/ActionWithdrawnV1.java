package org.earlyhelp.events.plan;

import java.time.Instant;
import java.util.UUID;

import org.earlyhelp.events.FamilyEvent;

/** An action was withdrawn (never deleted); the reason stays in plan-service. */
public record ActionWithdrawnV1(UUID familyId, String area, UUID planId, UUID goalId, UUID actionId, String withdrawnByUserId,
        Instant withdrawnAt) implements FamilyEvent {
}
