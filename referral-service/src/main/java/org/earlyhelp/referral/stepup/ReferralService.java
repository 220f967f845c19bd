package org.earlyhelp.referral.stepup;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.earlyhelp.platform.audit.AuditTrail;
import org.earlyhelp.platform.outbox.Outbox;
import org.earlyhelp.platform.problem.NotFound;
import org.earlyhelp.platform.security.Caller;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;
import org.earlyhelp.platform.web.Versions;
import org.earlyhelp.platform.access.FamilyCircle;

import io.quarkus.security.ForbiddenException;

/** Referral commands and queries: each change commits with its event (outbox); every access is audited. */
@ApplicationScoped
@Transactional
public class ReferralService {

    private final StepUpReferralRepository referrals;
    private final FamilyCircle circle;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Clock clock;

    public ReferralService(StepUpReferralRepository referrals, FamilyCircle circle, Outbox outbox, AuditTrail audit, Clock clock) {
        this.referrals = referrals;
        this.circle = circle;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** A practitioner or partner system who may see the family (or the area's early help team) refers it up. */
    public StepUpReferral refer(ReferralRequests.Refer request, Caller caller) {
        circle.requireSees(caller, request.familyId(), "referral.submit");
        StepUpReferral referral = StepUpReferral.submit(request.familyId(), request.planId(), request.form(), caller, clock);
        referrals.persist(referral);
        outbox.publish(ReferralEvents.submitted(referral));
        audit.record(caller, "referral.submit", referral.familyId(), "referral/" + referral.id());
        return referral;
    }

    public StepUpReferral submit(UUID id, ReferralRequests.Submit request, String ifMatch, Caller caller) {
        StepUpReferral referral = visible(id, caller);
        if (!referral.maySubmit(caller)) {
            throw new ForbiddenException("Only the referral's author or the early help team may submit it");
        }
        Versions.requireMatch(ifMatch, referral.version());
        referral.submitDraft(request.form(), caller, clock);
        referrals.flush();
        outbox.publish(ReferralEvents.submitted(referral));
        audit.record(caller, "referral.submit", referral.familyId(), "referral/" + id);
        return referral;
    }

    public StepUpReferral decide(UUID id, ReferralRequests.Decide request, String ifMatch, Caller caller) {
        StepUpReferral referral = visible(id, caller);
        if (!referral.mayDecide(caller)) {
            throw new ForbiddenException("Only children's social care records a decision on a referral");
        }
        Versions.requireMatch(ifMatch, referral.version());
        referral.decide(request.decision(), request.decidedOn(), request.earlyHelpContinues(), caller, clock);
        referrals.flush();
        outbox.publish(ReferralEvents.decided(referral));
        audit.record(caller, "referral.decide", referral.familyId(), "referral/" + id);
        return referral;
    }

    @Transactional(TxType.SUPPORTS)
    public StepUpReferral get(UUID id, Caller caller) {
        StepUpReferral referral = visible(id, caller);
        audit.record(caller, "referral.read", referral.familyId(), "referral/" + id);
        return referral;
    }

    @Transactional(TxType.SUPPORTS)
    public Page<StepUpReferral> search(Caller caller, ReferralFilter filter, PageRequest page) {
        Page<StepUpReferral> found = referrals.search(caller, filter, page);
        found.items().forEach(r -> audit.record(caller, "referral.list", r.familyId(), "referral/" + r.id()));
        return found;
    }

    /** The referral, or 404; one that exists but is hidden from the caller is audited as a refused attempt. */
    private StepUpReferral visible(UUID id, Caller caller) {
        return referrals.visible(id, caller).orElseGet(() -> {
            referrals.findByIdOptional(id).ifPresent(r -> audit.refused(caller, "referral.access", r.familyId(), "referral/" + id));
            throw new NotFound("Referral " + id);
        });
    }
}
