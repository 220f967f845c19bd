package org.earlyhelp.assessment.family;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.earlyhelp.platform.audit.AuditTrail;
import org.earlyhelp.platform.outbox.Outbox;
import org.earlyhelp.platform.problem.NotFound;
import org.earlyhelp.platform.problem.RuleViolation;
import org.earlyhelp.platform.security.Caller;
import org.earlyhelp.platform.security.Roles;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;
import org.earlyhelp.platform.web.Versions;

/** Registering and finding families: every read and write checked against the caller's relationship, and audited. */
@ApplicationScoped
@Transactional
public class FamilyService {

    private final FamilyRepository families;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Clock clock;

    public FamilyService(FamilyRepository families, Outbox outbox, AuditTrail audit, Clock clock) {
        this.families = families;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    public Family register(FamilyRequests.Register request, Caller caller) {
        if (request.area() != null && !request.area().isBlank() && !request.area().equals(caller.area())) {
            throw new RuleViolation("family-in-callers-area", "area must be your own area (" + caller.area() + ")");
        }
        // built (not yet stored) before the duplicate search, so a birth date after today is 422 whatever else matches
        Family.Registered registered = Family.register(request.familyName(), request.postcode(), request.members(), caller, clock);
        if (!Boolean.TRUE.equals(request.confirmedNotDuplicate())) {
            Set<UUID> matches = families.possibleDuplicates(caller.area(), request.members());
            if (!matches.isEmpty()) {
                throw new PossibleDuplicate(families.visibleAmong(matches, caller));
            }
        }
        families.persist(registered.family());
        outbox.publish(registered.event());
        audit.record(caller, "family.register", registered.family().id(), "family/" + registered.family().id());
        return registered.family();
    }

    public FamilyMember addMember(UUID familyId, FamilyRequests.AddMember request, String ifMatch, Caller caller) {
        Family family = visible(familyId, caller);
        Versions.requireMatch(ifMatch, family.version());
        if (!Boolean.TRUE.equals(request.confirmedNotDuplicate())) {
            Set<UUID> matches = families.possibleDuplicates(caller.area(), List.of(request.toMember()));
            if (!matches.isEmpty()) {
                throw new PossibleDuplicate(families.visibleAmong(matches, caller));
            }
        }
        FamilyMember member = family.add(request.toMember(), clock);
        families.newVersion(family);
        families.flush();
        audit.record(caller, "family.add-member", familyId, "family/" + familyId + "/members/" + member.id());
        return member;
    }

    /** The unborn member is born: the same member, now a CHILD; its ChildBorn event in the same transaction. */
    public FamilyMember recordBirth(UUID familyId, UUID memberId, FamilyRequests.RecordBirth request, String ifMatch, Caller caller) {
        Family family = visible(familyId, caller);
        Versions.requireMatch(ifMatch, family.version());
        Family.Born born = family.recordBirth(memberId, request.dateOfBirth(), request.givenName(), request.familyName(),
                request.nhsNumber(), caller, clock);
        families.newVersion(family);
        families.flush();
        outbox.publish(born.event());
        audit.record(caller, "family.record-birth", familyId, "family/" + familyId + "/members/" + memberId);
        return born.member();
    }

    /** The family declined early help: on its record, with its ConsentRefused event (no reasons in it). */
    public ConsentRefusal recordRefusal(UUID familyId, FamilyRequests.RefuseConsent request, String ifMatch, Caller caller) {
        Family family = visible(familyId, caller);
        Versions.requireMatch(ifMatch, family.version());
        Family.Refused refused = family.recordRefusal(request.refusedByMemberId(), request.refusedOn(), request.reasons(),
                request.universalServicesOffered(), request.toldDataIsRecorded(), caller, clock);
        families.newVersion(family);
        families.flush();
        outbox.publish(refused.event());
        audit.record(caller, "family.record-consent-refusal", familyId, "family/" + familyId + "/consent-refusals/" + refused.refusal().id());
        return refused.refusal();
    }

    /** In a transaction (not SUPPORTS, as other reads): the family's refusals are loaded lazily, inside it. */
    public List<ConsentRefusal> refusals(UUID familyId, Caller caller) {
        Family family = visible(familyId, caller);
        audit.record(caller, "family.consent-refusals", familyId, "family/" + familyId + "/consent-refusals");
        return family.consentRefusals();
    }

    public Family get(UUID id, Caller caller) {
        Family family = visible(id, caller);
        family.consentRefusals(); // loaded here, inside the transaction: the view is built after it
        audit.record(caller, "family.read", id, "family/" + id);
        return family;
    }

    /** Whether the caller sees the family by the family access rule (no audit: the caller's own answer decides). */
    public boolean sees(UUID id, Caller caller) {
        return families.findVisible(id, caller).isPresent();
    }

    /**
     * For a {@code manager}: a family of their own area (they agree, or not, to sharing without consent, and otherwise see
     * no family); 404 for any other. For everyone else, {@link #visible}.
     */
    public Family ofManagersAreaOrVisible(UUID id, Caller caller) {
        if (caller.hasRole(Roles.MANAGER)) {
            java.util.Optional<Family> ofArea = families.findByIdOptional(id).filter(family -> family.area().equals(caller.area()));
            if (ofArea.isPresent()) {
                return ofArea.get();
            }
        }
        return visible(id, caller);
    }

    public Page<FamilyView> search(String q, Caller caller, PageRequest page) {
        Page<Family> found = families.search(caller, q, page);
        Page<FamilyView> shown = found.map(FamilyView::of); // first: the members are batch-fetched for the whole page
        audit.recordAll(caller, "family.search", shown.items().stream().map(f -> new AuditTrail.Read(f.id(), "family/" + f.id())).toList());
        return shown;
    }

    /**
     * The family if the caller may see it; 404 otherwise (existence does not leak). A refused attempt on a family of the
     * caller's area is audited as REFUSED (who, agency, when), in a transaction of its own that survives the rollback.
     */
    public Family visible(UUID id, Caller caller) {
        return families.findVisible(id, caller).orElseThrow(() -> {
            if (families.findByIdOptional(id).filter(family -> family.area().equals(caller.area())).isPresent()) {
                audit.refused(caller, "family.access", id, "family/" + id);
            }
            return new NotFound("Family " + id);
        });
    }
}
