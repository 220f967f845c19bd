package org.earlyhelp.events.referral;

import java.time.LocalDate;
import java.util.UUID;

import org.earlyhelp.events.FamilyEvent;

/** A professional disagreement was resolved at {@code stage}; the resolution's text stays in referral-service. */
public record EscalationResolvedV1(UUID familyId, String area, UUID escalationId, int stage, String raisedByUserId,
        String raisedByAgency, String withAgency, String resolvedByUserId, LocalDate resolvedOn) implements FamilyEvent {
}
