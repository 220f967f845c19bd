package org.earlyhelp.events.plan;

import java.time.LocalDate;
import java.util.UUID;

import org.earlyhelp.events.FamilyEvent;

public record PlanClosedV1(UUID familyId, String area, UUID planId, String reason, LocalDate agreedOn,
        String leadProfessionalUserId) implements FamilyEvent {
}
