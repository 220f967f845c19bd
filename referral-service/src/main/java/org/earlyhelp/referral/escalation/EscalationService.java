package org.earlyhelp.referral.escalation;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.earlyhelp.platform.access.FamilyCircle;
import org.earlyhelp.platform.audit.AuditTrail;
import org.earlyhelp.platform.outbox.Outbox;
import org.earlyhelp.platform.problem.NotFound;
import org.earlyhelp.platform.security.Caller;
import org.earlyhelp.platform.security.Roles;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;
import org.earlyhelp.referral.stepup.StepUpReferralRepository;

import io.quarkus.security.ForbiddenException;

/**
 * Professional disagreement commands and queries: each change, its audit entry and its event commit together (outbox);
 * a disagreement or family the caller does not see is 404, audited as refused, nothing written.
 */
@ApplicationScoped
@Transactional
public class EscalationService {

    private final EscalationRepository escalations;
    private final AreaEscalations areas;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Clock clock;
    private final FamilyCircle circle;
    private final StepUpReferralRepository referrals;

    public EscalationService(EscalationRepository escalations, AreaEscalations areas, Outbox outbox, AuditTrail audit, Clock clock,
            FamilyCircle circle, StepUpReferralRepository referrals) {
        this.escalations = escalations;
        this.areas = areas;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
        this.circle = circle;
        this.referrals = referrals;
    }

    /** Raised only about a family the caller already sees (404 otherwise, audited as refused): access flows from the family. */
    public Escalation raise(EscalationRequests.Raise request, Caller caller) {
        circle.requireSees(caller, request.familyId(), "escalation.raise", seenByCsc(caller, request.familyId()));
        Escalation escalation = Escalation.raise(request.toRaise(), caller, areas.forArea(caller.area()), clock);
        escalations.persist(escalation);
        outbox.publish(EscalationEvents.raised(escalation));
        audit.record(caller, "escalation.raise", escalation.familyId(), ref(escalation));
        return escalation;
    }

    public Escalation respond(UUID id, EscalationRequests.Respond request, String ifMatch, Caller caller) {
        Escalation escalation = visible(id, caller);
        if (!escalation.mayBeAnsweredBy(caller, partnershipAgency(escalation))) {
            throw new ForbiddenException("Only the other side (at stage 2 its managers, at stage 3 the safeguarding partnership's lead) "
                    + "or the early help team answers a professional disagreement");
        }
        org.earlyhelp.platform.web.Versions.requireMatch(ifMatch, escalation.version());
        escalation.respond(request.response(), request.respondedOn(), caller, clock);
        escalations.flush();
        outbox.publish(EscalationEvents.responded(escalation));
        audit.record(caller, "escalation.respond", escalation.familyId(), ref(escalation));
        return escalation;
    }

    public Escalation escalate(UUID id, EscalationRequests.Escalate request, String ifMatch, Caller caller) {
        Escalation escalation = visible(id, caller);
        if (!escalation.mayBeEscalatedBy(caller)) {
            throw new ForbiddenException("Only the raiser, the other side or a manager of either agency escalates a professional disagreement");
        }
        org.earlyhelp.platform.web.Versions.requireMatch(ifMatch, escalation.version());
        EscalationTimescales timescales = areas.forArea(escalation.area());
        escalation.escalate(request.reason(), request.escalatedOn(), caller, timescales, clock);
        escalations.flush();
        outbox.publish(EscalationEvents.escalated(escalation, timescales));
        audit.record(caller, "escalation.escalate", escalation.familyId(), ref(escalation));
        return escalation;
    }

    public Escalation resolve(UUID id, EscalationRequests.Resolve request, String ifMatch, Caller caller) {
        Escalation escalation = visible(id, caller);
        if (!escalation.mayBeResolvedBy(caller, partnershipAgency(escalation))) {
            throw new ForbiddenException("Only the raiser, the other side, their managers, the stage's lead or the early help team "
                    + "records a resolution");
        }
        org.earlyhelp.platform.web.Versions.requireMatch(ifMatch, escalation.version());
        escalation.resolve(request.resolution(), request.resolvedOn(), caller, clock);
        escalations.flush();
        outbox.publish(EscalationEvents.resolved(escalation));
        audit.record(caller, "escalation.resolve", escalation.familyId(), ref(escalation));
        return escalation;
    }

    @Transactional(TxType.SUPPORTS)
    public Escalation get(UUID id, Caller caller) {
        Escalation escalation = visible(id, caller);
        audit.record(caller, "escalation.read", escalation.familyId(), ref(escalation));
        return escalation;
    }

    /**
     * The disagreements the caller may see. Asked about one family, a caller who neither sees it nor any disagreement
     * about it is answered 404 (audited as refused), as for the family itself.
     */
    @Transactional(TxType.SUPPORTS)
    public Page<EscalationView> search(Caller caller, EscalationFilter filter, PageRequest page) {
        Page<Escalation> found = escalations.search(caller, areas.forArea(caller.area()).partnershipAgency(), filter, page);
        if (filter.familyId() != null && found.total() == 0 && !familySeen(caller, filter.familyId())) {
            audit.refused(caller, "escalation.list", filter.familyId(), "family/" + filter.familyId());
            throw new NotFound("Family " + filter.familyId());
        }
        found.items().forEach(e -> audit.record(caller, "escalation.list", e.familyId(), ref(e)));
        return found.map(EscalationView::of);
    }

    /** The disagreements about a family the caller may see, for the timeline (each audited there). */
    @Transactional(TxType.SUPPORTS)
    public java.util.List<Escalation> ofFamily(UUID familyId, Caller caller) {
        return escalations.search(caller, areas.forArea(caller.area()).partnershipAgency(), new EscalationFilter(familyId, null),
                PageRequest.of(0, 200)).items();
    }

    /** The disagreement, or 404; one that exists but is hidden from the caller is audited as a refused attempt. */
    private Escalation visible(UUID id, Caller caller) {
        Optional<Escalation> found = escalations.findByIdOptional(id);
        if (found.isPresent() && found.get().isVisibleTo(caller, familySeen(caller, found.get().familyId()), partnershipAgency(found.get()))) {
            return found.get();
        }
        found.ifPresent(e -> audit.refused(caller, "escalation.access", e.familyId(), ref(e)));
        throw new NotFound("Escalation " + id);
    }

    private boolean familySeen(Caller caller, UUID familyId) {
        return circle.includes(caller, caller.area(), familyId) || seenByCsc(caller, familyId);
    }

    /** Children's social care sees a family once a referral about it reached CSC (the relationship this service holds). */
    private boolean seenByCsc(Caller caller, UUID familyId) {
        return caller.hasRole(Roles.SOCIAL_WORKER) && referrals.reachedCsc(caller.area(), familyId);
    }

    private String partnershipAgency(Escalation escalation) {
        return areas.forArea(escalation.area()).partnershipAgency();
    }

    private static String ref(Escalation escalation) {
        return "escalation/" + escalation.id();
    }
}
