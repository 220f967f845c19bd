package org.earlyhelp.assessment.consent;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.earlyhelp.assessment.family.Family;
import org.earlyhelp.assessment.family.FamilyMember;
import org.earlyhelp.assessment.family.FamilyService;
import org.earlyhelp.events.assessment.ConsentRecordedV1;
import org.earlyhelp.events.assessment.ConsentWithdrawnV1;
import org.earlyhelp.platform.audit.AuditTrail;
import org.earlyhelp.platform.outbox.Outbox;
import org.earlyhelp.platform.problem.NotFound;
import org.earlyhelp.platform.security.Caller;

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
        Set<UUID> memberIds = family.members().stream().map(FamilyMember::id).collect(Collectors.toSet());
        Consent consent = Consent.record(familyId, memberIds, request.givenByMemberId(), request.coversMemberIds(), request.purposes(),
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
        families.visible(familyId, caller);
        SharingDecision decision = SharingDecision.record(familyId, request.shared(), request.withConsent(), request.what(),
                request.withWhom(), request.reason(), request.managerUserId(), caller, clock.instant());
        decisions.persist(decision);
        audit.record(caller, "sharing-decision.record", familyId, "sharing-decision/" + decision.id());
        return decision;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SharingDecision> decisions(UUID familyId, Caller caller) {
        families.visible(familyId, caller);
        audit.record(caller, "sharing-decision.list", familyId, "family/" + familyId + "/sharing-decisions");
        return decisions.ofFamily(familyId);
    }
}
