package org.earlyhelp.referral.stepdown;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.earlyhelp.platform.access.FamilyCircle;
import org.earlyhelp.platform.audit.AuditTrail;
import org.earlyhelp.platform.outbox.Outbox;
import org.earlyhelp.platform.problem.NotFound;
import org.earlyhelp.platform.security.Caller;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;
import org.earlyhelp.platform.web.Versions;
import org.earlyhelp.referral.stepup.StepUpReferralRepository;
import org.earlyhelp.referral.timing.HandoverTimings;
import org.earlyhelp.referral.timing.TimingWarning;

import io.quarkus.security.ForbiddenException;

/** Step-down commands and queries: each change and its event commit together (outbox), each access is audited. */
@ApplicationScoped
@Transactional
public class StepDownService {

    private final StepDownRepository stepDowns;
    private final StepDownEvents events;
    private final HandoverTimings timings;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Clock clock;
    private final FamilyCircle circle;
    private final StepUpReferralRepository referrals;

    public StepDownService(StepDownRepository stepDowns, StepDownEvents events, HandoverTimings timings, Outbox outbox,
            AuditTrail audit, Clock clock, FamilyCircle circle, StepUpReferralRepository referrals) {
        this.circle = circle;
        this.referrals = referrals;
        this.stepDowns = stepDowns;
        this.events = events;
        this.timings = timings;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * CSC proposes a step-down only for a family it already sees: one a referral brought to it, one it registered, or
     * one whose consent names it (404 otherwise, audited as refused). Its own proposal grants nothing.
     */
    public StepDown propose(StepDownRequests.Propose request, Caller caller) {
        circle.requireSees(caller, request.familyId(), "step-down.propose", referrals.reachedCsc(caller.area(), request.familyId()));
        StepDown stepDown = StepDown.propose(request.toProposal(), caller, clock);
        stepDowns.persist(stepDown);
        outbox.publish(events.proposed(stepDown));
        audit.record(caller, "step-down.propose", stepDown.familyId(), "step-down/" + stepDown.id());
        return stepDown;
    }

    /** Accepted once: a retry with the same Idempotency-Key gets the first answer; any other second attempt is 409. */
    public StepDown accept(UUID id, StepDownRequests.Accept request, String ifMatch, Caller caller) {
        StepDown stepDown = visible(id, caller);
        if (!stepDown.mayBeAcceptedBy(caller)) {
            throw new ForbiddenException("Only the proposed lead professional or the early help team may accept a step-down");
        }
        Versions.requireMatch(ifMatch, stepDown.version());
        stepDown.accept(request.acceptedOn(), request.leadProfessional(), caller, clock);
        stepDowns.flush();
        outbox.publish(events.accepted(stepDown));
        audit.record(caller, "step-down.accept", stepDown.familyId(), "step-down/" + id);
        return stepDown;
    }

    public StepDown decline(UUID id, StepDownRequests.Decline request, String ifMatch, Caller caller) {
        StepDown stepDown = visible(id, caller);
        if (!stepDown.mayBeAcceptedBy(caller)) {
            throw new ForbiddenException("Only the proposed lead professional or the early help team may decline a step-down");
        }
        Versions.requireMatch(ifMatch, stepDown.version());
        stepDown.decline(request.declinedOn(), request.reason(), caller, clock);
        stepDowns.flush();
        outbox.publish(events.declined(stepDown));
        audit.record(caller, "step-down.decline", stepDown.familyId(), "step-down/" + id);
        return stepDown;
    }

    public StepDown withdraw(UUID id, StepDownRequests.Withdraw request, String ifMatch, Caller caller) {
        StepDown stepDown = visible(id, caller);
        if (!stepDown.mayBeWithdrawnBy(caller)) {
            throw new ForbiddenException("Only the social worker who proposed a step-down may withdraw it");
        }
        Versions.requireMatch(ifMatch, stepDown.version());
        stepDown.withdraw(request.withdrawnOn(), request.reason(), caller, clock);
        stepDowns.flush();
        outbox.publish(events.withdrawn(stepDown));
        audit.record(caller, "step-down.withdraw", stepDown.familyId(), "step-down/" + id);
        return stepDown;
    }

    @Transactional(TxType.SUPPORTS)
    public StepDown get(UUID id, Caller caller) {
        StepDown stepDown = visible(id, caller);
        audit.record(caller, "step-down.read", stepDown.familyId(), "step-down/" + id);
        return stepDown;
    }

    @Transactional(TxType.SUPPORTS)
    public Page<StepDownView> search(Caller caller, StepDownFilter filter, PageRequest page) {
        Page<StepDown> found = stepDowns.search(caller, filter, page);
        found.items().forEach(s -> audit.record(caller, "step-down.list", s.familyId(), "step-down/" + s.id()));
        return found.map(this::view);
    }

    /** The step-down with its timing warnings: the proposed lead while proposed, the agreed one once accepted. */
    public StepDownView view(StepDown stepDown) {
        return StepDownView.of(stepDown, warnings(stepDown));
    }

    private List<TimingWarning> warnings(StepDown s) {
        var timing = timings.forArea(s.area());
        return switch (s.status()) {
            case PROPOSED -> timing.check(s.proposedLeadProfessional().agency(), s.warmHandoverOn()).stream().toList();
            case ACCEPTED -> {
                LocalDate handover = s.warmHandoverOn() != null ? s.warmHandoverOn() : s.acceptedOn();
                yield timing.check(s.leadProfessional().agency(), handover).stream().toList();
            }
            default -> List.of();
        };
    }

    /** The step-down, or 404; one that exists but is hidden from the caller is audited as a refused attempt. */
    private StepDown visible(UUID id, Caller caller) {
        java.util.Optional<StepDown> found = stepDowns.findByIdOptional(id);
        if (found.isPresent() && found.get().isVisibleTo(caller)) {
            return found.get();
        }
        found.ifPresent(s -> audit.refused(caller, "step-down.access", s.familyId(), "step-down/" + id));
        throw new NotFound("Step-down " + id);
    }
}
