package org.earlyhelp.events.assessment;

import java.time.LocalDate;
import java.util.UUID;

import org.earlyhelp.events.FamilyEvent;

/** A manager of the area agreed to a decision to share without consent; ids, the ground and the date only (no note). */
public record SharingDecisionApprovedV1(UUID familyId, String area, UUID decisionId, String ground, String approvedByUserId,
        String requestedByUserId, LocalDate decidedOn) implements FamilyEvent {
}
