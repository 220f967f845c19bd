package org.earlyhelp.referral.escalation;

import java.time.LocalDate;

import org.earlyhelp.events.referral.EscalationEscalatedV1;
import org.earlyhelp.events.referral.EscalationOverdueV1;
import org.earlyhelp.events.referral.EscalationRaisedV1;
import org.earlyhelp.events.referral.EscalationResolvedV1;
import org.earlyhelp.events.referral.EscalationRespondedV1;
import org.earlyhelp.events.referral.EscalationResponseDueSoonV1;

/**
 * The events a disagreement raises: ids, codes (agencies, stage), user ids and dates. The concern, desired outcome,
 * answers, reasons and resolution stay here.
 */
final class EscalationEvents {

    static EscalationRaisedV1 raised(Escalation e) {
        return new EscalationRaisedV1(e.familyId(), e.area(), e.id(), e.stage(), e.respondBy(), e.raisedByUserId(),
                e.raisedByAgency(), e.withAgency(), e.raisedOn());
    }

    static EscalationRespondedV1 responded(Escalation e) {
        EscalationStep step = e.last(EscalationStep.Kind.RESPONDED);
        return new EscalationRespondedV1(e.familyId(), e.area(), e.id(), e.stage(), e.raisedByUserId(), e.raisedByAgency(),
                e.withAgency(), step.byUserId(), step.on());
    }

    static EscalationEscalatedV1 escalated(Escalation e, EscalationTimescales timescales) {
        EscalationStep step = e.last(EscalationStep.Kind.ESCALATED);
        return new EscalationEscalatedV1(e.familyId(), e.area(), e.id(), e.stage(), e.respondBy(), e.raisedByUserId(),
                e.raisedByAgency(), e.withAgency(), step.byUserId(), timescales.partnershipAgency(), step.on());
    }

    static EscalationResolvedV1 resolved(Escalation e) {
        EscalationStep step = e.last(EscalationStep.Kind.RESOLVED);
        return new EscalationResolvedV1(e.familyId(), e.area(), e.id(), e.stage(), e.raisedByUserId(), e.raisedByAgency(),
                e.withAgency(), step.byUserId(), step.on());
    }

    static EscalationResponseDueSoonV1 dueSoon(Escalation e, EscalationTimescales timescales, LocalDate today) {
        return new EscalationResponseDueSoonV1(e.familyId(), e.area(), e.id(), e.stage(), e.respondBy(), e.raisedByUserId(),
                e.raisedByAgency(), e.withAgency(), timescales.partnershipAgency(), today);
    }

    static EscalationOverdueV1 overdue(Escalation e, EscalationTimescales timescales, LocalDate today) {
        return new EscalationOverdueV1(e.familyId(), e.area(), e.id(), e.stage(), e.respondBy(), e.raisedByUserId(),
                e.raisedByAgency(), e.withAgency(), timescales.partnershipAgency(), today);
    }

    private EscalationEvents() {
    }
}
