package org.earlyhelp.referral.stepdown;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.runtime.Startup;

import org.earlyhelp.events.referral.StepDownAcceptedV1;
import org.earlyhelp.events.referral.StepDownDeclinedV1;
import org.earlyhelp.events.referral.StepDownWithdrawnV1;
import org.earlyhelp.events.referral.StepDownProposedV1;
import org.earlyhelp.platform.sealing.TextSealer;

/** The events a step-down raises: ids, codes and dates in clear; carried-over goal wording sealed. */
@ApplicationScoped
@Startup
public class StepDownEvents {

    private final TextSealer sealer;

    public StepDownEvents(TextSealer sealer) {
        this.sealer = sealer;
        sealer.requireKey();
    }

    StepDownProposedV1 proposed(StepDown s) {
        return new StepDownProposedV1(s.familyId(), s.area(), s.id(), s.childMemberIds(), s.socialWorker().userId(),
                s.proposedLeadProfessional().toEvent(), s.warmHandoverOn(), s.proposedOn());
    }

    StepDownAcceptedV1 accepted(StepDown s) {
        return new StepDownAcceptedV1(s.familyId(), s.area(), s.id(), s.childMemberIds(), s.socialWorker().userId(),
                s.leadProfessional().toEvent(), s.acceptedOn(),
                s.goalsCarriedOver().stream()
                        .map(g -> new StepDownAcceptedV1.CarriedOverGoal(g.needIndicator(), sealer.seal(g.description()),
                                sealer.seal(g.measure()), g.targetDate()))
                        .toList());
    }

    StepDownDeclinedV1 declined(StepDown s) {
        return new StepDownDeclinedV1(s.familyId(), s.area(), s.id(), s.socialWorker().userId(), s.declinedOn());
    }

    StepDownWithdrawnV1 withdrawn(StepDown s) {
        return new StepDownWithdrawnV1(s.familyId(), s.area(), s.id(), s.socialWorker().userId(),
                s.proposedLeadProfessional().userId(), s.withdrawnOn());
    }
}
