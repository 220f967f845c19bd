package org.earlyhelp.events.referral;

import java.time.LocalDate;
import java.util.UUID;

import org.earlyhelp.events.FamilyEvent;

public record StepUpDecisionRecordedV1(UUID familyId, String area, UUID referralId, UUID planId, String decision,
        LocalDate decidedOn, boolean earlyHelpContinues, String referrerUserId,
        String leadProfessionalUserId) implements FamilyEvent {
}
