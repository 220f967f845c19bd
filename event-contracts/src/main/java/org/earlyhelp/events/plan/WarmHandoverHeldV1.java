package org.earlyhelp.events.plan;

import java.time.LocalDate;
import java.util.UUID;

import org.earlyhelp.events.FamilyEvent;

/** A warm handover planned to a new lead professional took place on {@code heldOn}. */
public record WarmHandoverHeldV1(UUID familyId, String area, UUID planId, UUID handoverId, LocalDate heldOn, String toUserId) implements FamilyEvent {
}
