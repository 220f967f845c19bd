package org.earlyhelp.events.referral;

import java.time.LocalDate;
import java.util.UUID;

import org.earlyhelp.events.FamilyEvent;

/**
 * A professional disagreement moved up a stage ({@code stage} is the new one: 2, the two agencies' managers; 3, the
 * safeguarding partnership's lead, a manager of {@code partnershipAgency}), to be answered by {@code respondBy}.
 */
public record EscalationEscalatedV1(UUID familyId, String area, UUID escalationId, int stage, LocalDate respondBy,
        String raisedByUserId, String raisedByAgency, String withAgency, String escalatedByUserId, String partnershipAgency,
        LocalDate escalatedOn) implements FamilyEvent {
}
