package org.earlyhelp.events.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.earlyhelp.events.FamilyEvent;

public record ConsentRecordedV1(UUID familyId, String area, UUID consentId, List<UUID> coversMemberIds,
        List<String> purposes, List<String> sharedWithAgencies, String method, LocalDate givenOn) implements FamilyEvent {
}
