package org.earlyhelp.events.plan;

import java.time.LocalDate;
import java.util.UUID;

import org.earlyhelp.events.FamilyEvent;
import org.earlyhelp.events.Professional;

public record LeadProfessionalChangedV1(UUID familyId, String area, UUID planId, Professional from, Professional to,
        LocalDate warmHandoverOn) implements FamilyEvent {
}
