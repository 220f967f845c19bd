package org.earlyhelp.events.referral;

import java.time.LocalDate;
import java.util.UUID;

import org.earlyhelp.events.FamilyEvent;

/**
 * A practitioner raised a professional disagreement with another agency about a family: stage 1 (practitioner to
 * practitioner), answered by {@code respondBy}. Ids, codes and dates only: the concern stays in referral-service.
 */
public record EscalationRaisedV1(UUID familyId, String area, UUID escalationId, int stage, LocalDate respondBy,
        String raisedByUserId, String raisedByAgency, String withAgency, LocalDate raisedOn) implements FamilyEvent {
}
