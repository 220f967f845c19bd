package org.earlyhelp.events.plan;

import java.time.LocalDate;
import java.util.UUID;

import org.earlyhelp.events.FamilyEvent;

/**
 * {@code goals}: the plan's goals at closure, withdrawn ones not counted; {@code goalsAchieved}: those whose outcome is
 * ACHIEVED. Both 0 on events published before they were added (issue 20).
 */
public record PlanClosedV1(UUID familyId, String area, UUID planId, String reason, LocalDate agreedOn,
        String leadProfessionalUserId, int goals, int goalsAchieved) implements FamilyEvent {

    /** The event as it was before the goal counts. */
    public PlanClosedV1(UUID familyId, String area, UUID planId, String reason, LocalDate agreedOn,
            String leadProfessionalUserId) {
        this(familyId, area, planId, reason, agreedOn, leadProfessionalUserId, 0, 0);
    }
}
