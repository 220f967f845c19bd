package org.earlyhelp.events.referral;

import java.time.LocalDate;
import java.util.UUID;

import org.earlyhelp.events.FamilyEvent;

/** The social worker withdrew a step-down before early help accepted it; the proposed lead professional is told. */
public record StepDownWithdrawnV1(UUID familyId, String area, UUID stepDownId, String socialWorkerUserId,
        String proposedLeadProfessionalUserId, LocalDate withdrawnOn) implements FamilyEvent {
}
