package org.earlyhelp.events.assessment;

import java.time.LocalDate;
import java.util.UUID;

import org.earlyhelp.events.FamilyEvent;

public record ConsentWithdrawnV1(UUID familyId, String area, UUID consentId, LocalDate withdrawnOn) implements FamilyEvent {
}
