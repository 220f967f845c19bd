package org.earlyhelp.events.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.earlyhelp.events.FamilyEvent;
import org.earlyhelp.events.Professional;

/**
 * {@code proposedOn}: the day CSC proposed the step-down, as the social worker recorded it; null on events published
 * before it was recorded.
 */
public record StepDownProposedV1(UUID familyId, String area, UUID stepDownId, List<UUID> childMemberIds,
        String socialWorkerUserId, Professional proposedLeadProfessional, LocalDate warmHandoverOn, LocalDate proposedOn)
        implements FamilyEvent {

    /** The event as it was before {@code proposedOn}: for producers (and tests) that do not know the day yet. */
    public StepDownProposedV1(UUID familyId, String area, UUID stepDownId, List<UUID> childMemberIds, String socialWorkerUserId,
            Professional proposedLeadProfessional, LocalDate warmHandoverOn) {
        this(familyId, area, stepDownId, childMemberIds, socialWorkerUserId, proposedLeadProfessional, warmHandoverOn, null);
    }
}
