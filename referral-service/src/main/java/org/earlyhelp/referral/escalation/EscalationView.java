package org.earlyhelp.referral.escalation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A professional disagreement as the API shows it (to callers who see the family). */
public record EscalationView(UUID id, UUID familyId, int stage, EscalationStatus status,
        @Schema(description = "When the current stage's answer is due: the stage's start plus the area's working days "
                + "(defaults 5, 5, 10)", format = "date") LocalDate respondBy,
        LocalDate stageStartedOn, RaisedBy raisedBy, String withAgency, String concern, String desiredOutcome, LocalDate raisedOn,
        Instant raisedAt, LocalDate resolvedOn, List<EscalationStep> history) {

    /** Who raised it: the caller's user id and agency, from their token. */
    public record RaisedBy(String userId, String agency) {
    }

    static EscalationView of(Escalation e) {
        return new EscalationView(e.id(), e.familyId(), e.stage(), e.status(), e.respondBy(), e.stageStartedOn(),
                new RaisedBy(e.raisedByUserId(), e.raisedByAgency()), e.withAgency(), e.concern(), e.desiredOutcome(), e.raisedOn(),
                e.raisedAt(), e.resolvedOn(), e.history());
    }
}
