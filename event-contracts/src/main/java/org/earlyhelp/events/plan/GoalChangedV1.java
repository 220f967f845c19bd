package org.earlyhelp.events.plan;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.earlyhelp.events.FamilyEvent;

/** A goal of a plan was edited: which fields changed (names only, never their wording), its need code, whether still a draft. */
public record GoalChangedV1(UUID familyId, String area, UUID planId, UUID goalId, List<String> changedFields, String needIndicator,
        boolean draft, String changedByUserId, Instant changedAt) implements FamilyEvent {
}
