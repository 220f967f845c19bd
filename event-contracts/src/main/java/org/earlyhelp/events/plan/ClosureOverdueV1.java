package org.earlyhelp.events.plan;

import java.time.LocalDate;
import java.util.UUID;

import org.earlyhelp.events.FamilyEvent;

/** The closure a review decided is past its due day and the plan is still open; raised once. */
public record ClosureOverdueV1(UUID familyId, String area, UUID planId, LocalDate closureDueBy, String leadProfessionalUserId) implements FamilyEvent {
}
