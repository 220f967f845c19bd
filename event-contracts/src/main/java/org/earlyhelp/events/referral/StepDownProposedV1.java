package org.earlyhelp.events.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.earlyhelp.events.FamilyEvent;
import org.earlyhelp.events.Professional;

public record StepDownProposedV1(UUID familyId, String area, UUID stepDownId, List<UUID> childMemberIds,
        String socialWorkerUserId, Professional proposedLeadProfessional, LocalDate warmHandoverOn) implements FamilyEvent {
}
