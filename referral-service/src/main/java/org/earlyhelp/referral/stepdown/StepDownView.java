package org.earlyhelp.referral.stepdown;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.earlyhelp.referral.timing.TimingWarning;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A step-down as the API shows it; {@code warnings} advise without blocking (the school-holiday timing). {@code proposedOn}
 * is the day CSC proposed it, as recorded; {@code proposedAt} the moment it was written here.
 */
public record StepDownView(UUID id, UUID familyId, List<UUID> childMemberIds, String cscCaseReference,
        SocialWorkerRef socialWorker, String reason, boolean familyConsented, ProfessionalRef proposedLeadProfessional,
        LocalDate warmHandoverOn, List<CarriedOverGoal> goalsCarriedOver, StepDownStatus status, Instant proposedAt,
        @Schema(description = "The day CSC proposed the step-down, as recorded (not after the day it was written here)",
                format = "date", example = "2026-03-09") LocalDate proposedOn,
        LocalDate acceptedOn, ProfessionalRef leadProfessional, LocalDate declinedOn, String declineReason,
        LocalDate withdrawnOn, String withdrawalReason, List<TimingWarning> warnings) {

    static StepDownView of(StepDown s, List<TimingWarning> warnings) {
        return new StepDownView(s.id(), s.familyId(), s.childMemberIds(), s.cscCaseReference(), s.socialWorker(), s.reason(),
                s.familyConsented(), s.proposedLeadProfessional(), s.warmHandoverOn(), s.goalsCarriedOver(), s.status(),
                s.proposedAt(), s.proposedOn(), s.acceptedOn(), s.leadProfessional(), s.declinedOn(), s.declineReason(), s.withdrawnOn(),
                s.withdrawalReason(), warnings);
    }
}
