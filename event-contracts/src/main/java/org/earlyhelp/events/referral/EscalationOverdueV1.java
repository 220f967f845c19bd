package org.earlyhelp.events.referral;

import java.time.LocalDate;
import java.util.UUID;

import org.earlyhelp.events.FamilyEvent;

/**
 * A professional disagreement's current stage was not answered by {@code respondBy} (neither responded to nor
 * resolved); raised once per stage, on {@code remindedOn}.
 */
public record EscalationOverdueV1(UUID familyId, String area, UUID escalationId, int stage, LocalDate respondBy,
        String raisedByUserId, String raisedByAgency, String withAgency, String partnershipAgency, LocalDate remindedOn)
        implements FamilyEvent {
}
