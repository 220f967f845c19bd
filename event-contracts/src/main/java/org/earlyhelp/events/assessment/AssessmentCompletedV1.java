package org.earlyhelp.events.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.earlyhelp.events.ChildAge;
import org.earlyhelp.events.FamilyEvent;
import org.earlyhelp.events.Professional;

/**
 * Codes only: what the assessment says stays in assessment-service. {@code childAges}: each child's age in whole years on
 * {@code completedOn} (an unborn child has none); null on events published before it was added (issue 20).
 */
public record AssessmentCompletedV1(UUID familyId, String area, UUID assessmentId, List<UUID> childMemberIds,
        Professional leadProfessional, List<IdentifiedNeed> needs, String levelOfNeed, LocalDate completedOn,
        List<ChildAge> childAges) implements FamilyEvent {

    /** The event as it was before {@code childAges}. */
    public AssessmentCompletedV1(UUID familyId, String area, UUID assessmentId, List<UUID> childMemberIds,
            Professional leadProfessional, List<IdentifiedNeed> needs, String levelOfNeed, LocalDate completedOn) {
        this(familyId, area, assessmentId, childMemberIds, leadProfessional, needs, levelOfNeed, completedOn, null);
    }

    public record IdentifiedNeed(UUID needId, UUID memberId, String indicator) {
    }
}
