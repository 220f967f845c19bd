package org.earlyhelp.events.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.earlyhelp.events.FamilyEvent;
import org.earlyhelp.events.Professional;

/** {@code joined} is true when the event joined the family's already active plan instead of opening one. */
public record PlanOpenedV1(UUID familyId, String area, UUID planId, String origin, UUID originRef,
        Professional leadProfessional, List<String> teamUserIds, LocalDate openedOn, boolean joined) implements FamilyEvent {
}
