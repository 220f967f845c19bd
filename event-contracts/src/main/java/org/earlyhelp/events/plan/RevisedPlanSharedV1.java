package org.earlyhelp.events.plan;

import java.time.LocalDate;
import java.util.UUID;

import org.earlyhelp.events.FamilyEvent;

/** The revised plan was shared with the family and the team on {@code sharedOn}; it was due by {@code revisedPlanDueBy} (absent before any review). */
public record RevisedPlanSharedV1(UUID familyId, String area, UUID planId, LocalDate sharedOn, LocalDate revisedPlanDueBy) implements FamilyEvent {
}
