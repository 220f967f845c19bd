package org.earlyhelp.events.assessment;

import java.time.Instant;
import java.util.UUID;

import org.earlyhelp.events.FamilyEvent;

public record FamilyRegisteredV1(UUID familyId, String area, int memberCount, int childCount, String registeredByAgency,
        String registeredByUserId,
        Instant registeredAt) implements FamilyEvent {
}
