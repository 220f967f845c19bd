package org.earlyhelp.events.assessment;

import java.time.LocalDate;
import java.util.UUID;

import org.earlyhelp.events.FamilyEvent;

/**
 * An assessment concluded that the family's needs are met by universal services: no targeted plan opens. Published
 * beside {@link AssessmentCompletedV1} (whose {@code levelOfNeed} is then {@code UNIVERSAL}) so that the lead
 * professional (who tells the family) and the early help team are told. How many services were signposted, not which.
 */
public record UniversalServicesSignpostedV1(UUID familyId, String area, UUID assessmentId, String leadProfessionalUserId,
        int servicesSignposted, LocalDate completedOn) implements FamilyEvent {
}
