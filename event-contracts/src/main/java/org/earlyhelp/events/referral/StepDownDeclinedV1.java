package org.earlyhelp.events.referral;

import java.time.LocalDate;
import java.util.UUID;

import org.earlyhelp.events.FamilyEvent;

public record StepDownDeclinedV1(UUID familyId, String area, UUID stepDownId, String socialWorkerUserId,
        LocalDate declinedOn) implements FamilyEvent {
}
