package org.earlyhelp.events.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.earlyhelp.events.FamilyEvent;

/** An action of a plan was edited: which fields changed (names only, never their wording), its status and due date now. */
public record ActionChangedV1(UUID familyId, String area, UUID planId, UUID goalId, UUID actionId, List<String> changedFields,
        String status, LocalDate dueDate, String changedByUserId, Instant changedAt) implements FamilyEvent {
}
