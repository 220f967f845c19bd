package org.earlyhelp.events.plan;

import java.time.LocalDate;
import java.util.UUID;

import org.earlyhelp.events.FamilyEvent;
import org.earlyhelp.events.Professional;

/**
 * {@code changedOn}: the day the new lead took over as recorded (the warm handover's day, or the day the change was
 * recorded when none was given); null on events published before it was added (issue 20).
 */
public record LeadProfessionalChangedV1(UUID familyId, String area, UUID planId, Professional from, Professional to,
        LocalDate warmHandoverOn, LocalDate changedOn) implements FamilyEvent {

    /** The event as it was before {@code changedOn}. */
    public LeadProfessionalChangedV1(UUID familyId, String area, UUID planId, Professional from, Professional to,
            LocalDate warmHandoverOn) {
        this(familyId, area, planId, from, to, warmHandoverOn, null);
    }
}
