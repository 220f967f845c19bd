package org.earlyhelp.events.plan;

import java.time.LocalDate;
import java.util.UUID;

import org.earlyhelp.events.FamilyEvent;

public record ReviewOverdueV1(UUID familyId, String area, UUID planId, UUID reviewId, LocalDate dueBy,
        String leadProfessionalUserId) implements FamilyEvent {
}
