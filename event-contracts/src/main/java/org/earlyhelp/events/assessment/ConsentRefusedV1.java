package org.earlyhelp.events.assessment;

import java.time.LocalDate;
import java.util.UUID;

import org.earlyhelp.events.FamilyEvent;

/**
 * A family declined early help: who declined (a member id), when, and how many universal services they were offered.
 * Never the reasons, which stay in assessment-service. The door stays open: a later consent is still possible.
 */
public record ConsentRefusedV1(UUID familyId, String area, UUID refusalId, UUID refusedByMemberId, LocalDate refusedOn,
        int universalServicesOffered, String recordedByUserId) implements FamilyEvent {
}
