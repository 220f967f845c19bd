package org.earlyhelp.events.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.earlyhelp.events.FamilyEvent;
import org.earlyhelp.events.Professional;

/** Codes only: what the assessment says stays in assessment-service. */
public record AssessmentCompletedV1(UUID familyId, String area, UUID assessmentId, List<UUID> childMemberIds,
        Professional leadProfessional, List<IdentifiedNeed> needs, String levelOfNeed, LocalDate completedOn)
        implements FamilyEvent {

    public record IdentifiedNeed(UUID needId, UUID memberId, String indicator) {
    }
}
