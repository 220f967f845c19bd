package org.earlyhelp.events.referral;

import java.time.LocalDate;
import java.util.UUID;

import org.earlyhelp.events.FamilyEvent;

/** The answer to a professional disagreement's current stage is due soon ({@code respondBy}); raised once per stage. */
public record EscalationResponseDueSoonV1(UUID familyId, String area, UUID escalationId, int stage, LocalDate respondBy,
        String raisedByUserId, String raisedByAgency, String withAgency, String partnershipAgency, LocalDate remindedOn)
        implements FamilyEvent {
}
