package org.earlyhelp.events.assessment;

import java.time.LocalDate;
import java.util.UUID;

import org.earlyhelp.events.FamilyEvent;

/**
 * An unborn family member was born: the same member id is now a child. No name and, as for every event, no date of
 * birth (architecture.md: ages travel as whole years, never a date of birth); {@code recordedOn} is the day the birth
 * was recorded.
 */
public record ChildBornV1(UUID familyId, String area, UUID memberId, LocalDate recordedOn, String recordedByUserId)
        implements FamilyEvent {
}
