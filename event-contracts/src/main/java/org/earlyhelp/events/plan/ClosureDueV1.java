package org.earlyhelp.events.plan;

import java.time.LocalDate;
import java.util.UUID;

import org.earlyhelp.events.FamilyEvent;

/** The closure a review decided is due today (its summary within the area's working days of the review); raised once, on the due day. */
public record ClosureDueV1(UUID familyId, String area, UUID planId, LocalDate closureDueBy, String leadProfessionalUserId) implements FamilyEvent {
}
