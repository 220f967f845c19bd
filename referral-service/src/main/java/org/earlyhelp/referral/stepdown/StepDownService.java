package org.earlyhelp.referral.stepdown;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.earlyhelp.platform.audit.AuditTrail;
import org.earlyhelp.platform.outbox.Outbox;
import org.earlyhelp.platform.problem.NotFound;
import org.earlyhelp.platform.security.Caller;

import io.quarkus.security.ForbiddenException;

/** Step-down commands and queries: each change and its event commit together (outbox), each access is audited. */
@ApplicationScoped
@Transactional
public class StepDownService {

    private final StepDownRepository stepDowns;
    private final StepDownEvents events;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Clock clock;

    public StepDownService(StepDownRepository stepDowns, StepDownEvents events, Outbox outbox, AuditTrail audit, Clock clock) {
        this.stepDowns = stepDowns;
        this.events = events;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    public StepDown propose(StepDownRequests.Propose request, Caller caller) {
        StepDown stepDown = StepDown.propose(request.toProposal(), caller, clock.instant());
        stepDowns.persist(stepDown);
        outbox.publish(events.proposed(stepDown));
        audit.record(caller, "step-down.propose", stepDown.familyId(), "step-down/" + stepDown.id());
        return stepDown;
    }

    public StepDown accept(UUID id, StepDownRequests.Accept request, Caller caller) {
        StepDown stepDown = visible(id, caller);
        if (!stepDown.mayBeAcceptedBy(caller)) {
            throw new ForbiddenException("Only the proposed lead professional or the early help team may accept a step-down");
        }
        stepDown.accept(request.acceptedOn(), request.leadProfessional(), caller);
        stepDowns.flush();
        outbox.publish(events.accepted(stepDown));
        audit.record(caller, "step-down.accept", stepDown.familyId(), "step-down/" + id);
        return stepDown;
    }

    @Transactional(TxType.SUPPORTS)
    public StepDown get(UUID id, Caller caller) {
        StepDown stepDown = visible(id, caller);
        audit.record(caller, "step-down.read", stepDown.familyId(), "step-down/" + id);
        return stepDown;
    }

    private StepDown visible(UUID id, Caller caller) {
        return stepDowns.findByIdOptional(id).filter(s -> s.isVisibleTo(caller))
                .orElseThrow(() -> new NotFound("Step-down " + id));
    }
}
