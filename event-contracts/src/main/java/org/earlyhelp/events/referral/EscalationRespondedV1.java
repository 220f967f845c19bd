package org.earlyhelp.events.referral;

import java.time.LocalDate;
import java.util.UUID;

import org.earlyhelp.events.FamilyEvent;

/** The other side answered a professional disagreement at its current stage; the answer's text stays in referral-service. */
public record EscalationRespondedV1(UUID familyId, String area, UUID escalationId, int stage, String raisedByUserId,
        String raisedByAgency, String withAgency, String respondedByUserId, LocalDate respondedOn) implements FamilyEvent {
}
