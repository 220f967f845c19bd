package org.earlyhelp.events.plan;

import java.time.LocalDate;
import java.util.UUID;

import org.earlyhelp.events.FamilyEvent;

public record ReviewScheduledV1(UUID familyId, String area, UUID planId, UUID reviewId, String kind, LocalDate dueBy,
        String leadProfessionalUserId) implements FamilyEvent {
}
