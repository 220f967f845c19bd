package org.earlyhelp.events.assessment;

import java.time.LocalDate;
import java.util.UUID;

import org.earlyhelp.events.FamilyEvent;

/** A manager of the area did not agree to a decision to share without consent; ids, the ground and the date only (no note). */
public record SharingDecisionRefusedV1(UUID familyId, String area, UUID decisionId, String ground, String refusedByUserId,
        String requestedByUserId, LocalDate decidedOn) implements FamilyEvent {
}
