package org.earlyhelp.assessment.consent;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.earlyhelp.assessment.family.Family;
import org.earlyhelp.assessment.family.FamilyMember;
import org.earlyhelp.assessment.family.FamilyService;
import org.earlyhelp.assessment.family.MemberRole;
import org.earlyhelp.events.FamilyEvent;
import org.earlyhelp.events.assessment.ConsentRecordedV1;
import org.earlyhelp.events.assessment.ConsentWithdrawnV1;
import org.earlyhelp.platform.audit.AuditTrail;
import org.earlyhelp.platform.outbox.Outbox;
import org.earlyhelp.platform.problem.NotFound;
import org.earlyhelp.platform.security.Caller;
import org.earlyhelp.platform.security.Roles;

/** Consent and sharing decisions for a family the caller may see; each change and its event commit together. */
@ApplicationScoped
@Transactional
public class ConsentService {

    private final FamilyService families;
    private final ConsentRepository consents;
    private final SharingDecisionRepository decisions;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Clock clock;

    public ConsentService(FamilyService families, ConsentRepository consents, SharingDecisionRepository decisions, Outbox outbox,
            AuditTrail audit, Clock clock) {
        this.families = families;
        this.consents = consents;
        this.decisions = decisions;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    public Consent give(UUID familyId, ConsentRequests.Give request, Caller caller) {
        Family family = families.visible(familyId, caller);
        Map<UUID, MemberRole> members = family.members().stream().collect(Collectors.toMap(FamilyMember::id, FamilyMember::role));
        Consent consent = Consent.record(familyId, members, request.givenByMemberId(), request.coversMemberIds(), request.purposes(),
                request.sharedWithAgencies(), request.method(), request.givenOn(), caller, clock);
        consents.persist(consent);
        outbox.publish(new ConsentRecordedV1(familyId, family.area(), consent.id(), List.copyOf(consent.coversMemberIds()),
                consent.purposes().stream().map(Enum::name).sorted().toList(), consent.sharedWithAgencies().stream().sorted().toList(),
                consent.method().name(), consent.givenOn()));
        audit.record(caller, "consent.record", familyId, "consent/" + consent.id());
        return consent;
    }

    public Consent withdraw(UUID familyId, UUID consentId, ConsentRequests.Withdraw request, Caller caller) {
        Family family = families.visible(familyId, caller);
        Consent consent = consents.findByIdOptional(consentId).filter(c -> c.familyId().equals(familyId))
                .orElseThrow(() -> new NotFound("Consent " + consentId));
        consent.withdraw(request.withdrawnOn(), request.reason(), caller, clock);
        consents.flush();
        outbox.publish(new ConsentWithdrawnV1(familyId, family.area(), consentId, request.withdrawnOn()));
        audit.record(caller, "consent.withdraw", familyId, "consent/" + consentId);
        return consent;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Consent> list(UUID familyId, Caller caller) {
        families.visible(familyId, caller);
        audit.record(caller, "consent.list", familyId, "family/" + familyId + "/consents");
        return consents.ofFamily(familyId);
    }

    public SharingDecision decide(UUID familyId, ConsentRequests.Decide request, Caller caller) {
        Family family = families.visible(familyId, caller);
        SharingDecision.Recorded recorded = SharingDecision.record(family.id(), family.area(), request.proposal(), consents.ofFamily(familyId),
                caller, clock);
        decisions.persist(recorded.decision());
        recorded.events().forEach(outbox::publish);
        audit.record(caller, "sharing-decision.record", familyId, "sharing-decision/" + recorded.decision().id());
        return recorded.decision();
    }

    /**
     * A manager of the family's area agrees, or not, to sharing without consent. Anyone else must see the family first (404,
     * audited REFUSED), then is refused by the decision's rule (403); nothing is written and no event is raised for either.
     */
    public SharingDecision approve(UUID familyId, UUID decisionId, ConsentRequests.Approve request, Caller caller) {
        families.ofManagersAreaOrVisible(familyId, caller);
        SharingDecision decision = decisionOf(familyId, decisionId);
        FamilyEvent event = decision.decideApproval(request.approved(), request.note(), caller, clock);
        decisions.flush();
        outbox.publish(event);
        audit.record(caller, request.approved() ? "sharing-decision.approve" : "sharing-decision.refuse", familyId,
                "sharing-decision/" + decisionId);
        return decision;
    }

    /**
     * When the information actually went, recorded after the decision by whoever shared it: the caller sees the family first
     * (404, audited REFUSED), then the decision's rules apply (403, 409, 422); nothing written on a refusal.
     */
    public SharingDecision recordShared(UUID familyId, UUID decisionId, ConsentRequests.Shared request, Caller caller) {
        families.visible(familyId, caller);
        SharingDecision decision = decisionOf(familyId, decisionId);
        decision.recordShared(request.sharedOn(), consents.ofFamily(familyId), caller, clock);
        decisions.flush();
        audit.record(caller, "sharing-decision.shared", familyId, "sharing-decision/" + decisionId);
        return decision;
    }

    /** One decision: for those who see the family, and for a manager of the area when it awaits, or had, a manager's agreement. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SharingDecision decision(UUID familyId, UUID decisionId, Caller caller) {
        Family family = families.ofManagersAreaOrVisible(familyId, caller);
        SharingDecision decision = decisionOf(familyId, decisionId);
        boolean seesFamily = !caller.hasRole(Roles.MANAGER) || families.sees(family.id(), caller);
        if (!seesFamily && !decision.needsApproval()) {
            throw new NotFound("Sharing decision " + decisionId);
        }
        audit.record(caller, "sharing-decision.read", familyId, "sharing-decision/" + decisionId);
        return decision;
    }

    private SharingDecision decisionOf(UUID familyId, UUID decisionId) {
        return decisions.findByIdOptional(decisionId).filter(d -> d.familyId().equals(familyId))
                .orElseThrow(() -> new NotFound("Sharing decision " + decisionId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SharingDecision> decisions(UUID familyId, Caller caller) {
        families.visible(familyId, caller);
        audit.record(caller, "sharing-decision.list", familyId, "family/" + familyId + "/sharing-decisions");
        return decisions.ofFamily(familyId);
    }
}
