package org.earlyhelp.events.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.earlyhelp.events.ChildAge;
import org.earlyhelp.events.FamilyEvent;

/**
 * The ages of the children another service's event names, which only assessment-service (holding dates of birth) can
 * tell: whole years on {@code asOf}, the date of that event. Today raised for a step-down accepted ({@code occasion}
 * STEP_DOWN_ACCEPTED, {@code occasionRef} the step-down id, {@code asOf} its acceptedOn), so the episode it opens has the
 * ages of its children at its start. An unborn child, or a member assessment-service does not hold, has no entry.
 */
public record ChildAgesRecordedV1(UUID familyId, String area, String occasion, UUID occasionRef, LocalDate asOf,
        List<ChildAge> childAges) implements FamilyEvent {

    public static final String STEP_DOWN_ACCEPTED = "STEP_DOWN_ACCEPTED";
}
