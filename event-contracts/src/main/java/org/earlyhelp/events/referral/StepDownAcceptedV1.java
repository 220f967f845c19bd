package org.earlyhelp.events.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.earlyhelp.events.FamilyEvent;
import org.earlyhelp.events.Professional;
import org.earlyhelp.events.SealedText;

/**
 * The step-down early help accepted. Goals carried over travel with codes and dates in clear and
 * their wording sealed (see {@link SealedText}): plan-service opens the plan without calling back.
 */
public record StepDownAcceptedV1(UUID familyId, String area, UUID stepDownId, List<UUID> childMemberIds,
        String socialWorkerUserId, Professional leadProfessional, LocalDate acceptedOn, List<CarriedOverGoal> goals)
        implements FamilyEvent {

    public record CarriedOverGoal(String needIndicator, SealedText description, SealedText measure, LocalDate targetDate) {
    }
}
