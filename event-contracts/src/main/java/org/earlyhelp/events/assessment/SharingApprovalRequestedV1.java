package org.earlyhelp.events.assessment;

import java.time.LocalDate;
import java.util.UUID;

import org.earlyhelp.events.FamilyEvent;

/**
 * A decision to share a family's information without consent, on a stated ground (SIGNIFICANT_HARM,
 * PREVENTION_OF_CRIME, LEGAL_DUTY), awaits the agreement of the manager it names. Ids, codes and dates only: what is
 * shared, with whom and why stay in assessment-service.
 */
public record SharingApprovalRequestedV1(UUID familyId, String area, UUID decisionId, String ground, String managerUserId,
        String requestedByUserId, LocalDate requestedOn) implements FamilyEvent {
}
