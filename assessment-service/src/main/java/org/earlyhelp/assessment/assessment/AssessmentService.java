package org.earlyhelp.assessment.assessment;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.earlyhelp.assessment.consent.Consent;
import org.earlyhelp.assessment.consent.ConsentPurpose;
import org.earlyhelp.assessment.consent.ConsentRepository;
import org.earlyhelp.assessment.family.Family;
import org.earlyhelp.assessment.family.FamilyMember;
import org.earlyhelp.assessment.family.FamilyService;
import org.earlyhelp.platform.audit.AuditTrail;
import org.earlyhelp.platform.outbox.Outbox;
import org.earlyhelp.platform.problem.NotFound;
import org.earlyhelp.platform.problem.RuleViolation;
import org.earlyhelp.platform.security.Caller;
import org.earlyhelp.platform.web.Versions;

import io.quarkus.security.ForbiddenException;

/** Early Help Assessments of families the caller may see: drafted, revised while draft, signed off once. */
@ApplicationScoped
@Transactional
public class AssessmentService {

    private final FamilyService families;
    private final ConsentRepository consents;
    private final AssessmentRepository assessments;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Clock clock;

    public AssessmentService(FamilyService families, ConsentRepository consents, AssessmentRepository assessments, Outbox outbox,
            AuditTrail audit, Clock clock) {
        this.families = families;
        this.consents = consents;
        this.assessments = assessments;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    public Assessment start(AssessmentRequests.Start request, Caller caller) {
        Family family = families.visible(request.familyId(), caller);
        for (UUID child : request.childMemberIds()) {
            FamilyMember member = family.member(child).orElseThrow(() -> new RuleViolation("assessed-children-are-family-members",
                    "childMemberIds names " + child + ", who is not a member of this family"));
            if (!member.isChild() && !member.isUnborn()) {
                throw new RuleViolation("assessed-children-are-children",
                        "childMemberIds names " + child + ", who is not a CHILD (or an UNBORN child) of this family");
            }
        }
        List<Consent> familyConsents = consents.ofFamily(family.id());
        List<UUID> withoutConsent = request.childMemberIds().stream()
                .filter(child -> familyConsents.stream().noneMatch(c -> c.covers(child, ConsentPurpose.ASSESSMENT))).toList();
        Assessment assessment = Assessment.start(family.id(), request.childMemberIds(), request.leadProfessional(),
                request.reasonForAssessment(), withoutConsent, caller, clock.instant());
        assessments.persist(assessment);
        audit.record(caller, "assessment.start", family.id(), "assessment/" + assessment.id());
        return assessment;
    }

    public Assessment revise(UUID id, AssessmentContent.Patch patch, String ifMatch, Caller caller) {
        Assessment assessment = visible(id, caller);
        if (!assessment.mayBeRevisedBy(caller)) {
            throw new ForbiddenException("Only the lead professional or the early help team may change this assessment");
        }
        Versions.requireMatch(ifMatch, assessment.version());
        Family family = families.visible(assessment.familyId(), caller);
        assessment.revise(patch, family.members().stream().map(FamilyMember::id).toList());
        assessments.flush();
        audit.record(caller, "assessment.revise", assessment.familyId(), "assessment/" + id);
        return assessment;
    }

    public Assessment complete(UUID id, AssessmentRequests.Complete request, String ifMatch, Caller caller) {
        Assessment assessment = visible(id, caller);
        if (!assessment.mayBeCompletedBy(caller)) {
            throw new ForbiddenException("Only the lead professional signs the assessment off");
        }
        Versions.requireMatch(ifMatch, assessment.version());
        Family family = families.visible(assessment.familyId(), caller);
        Set<UUID> stillUnborn = family.members().stream().filter(FamilyMember::isUnborn).map(FamilyMember::id).collect(Collectors.toSet());
        Assessment.Completed completed = assessment.complete(request.completedOn(), consents.ofFamily(assessment.familyId()), stillUnborn,
                family.datesOfBirth(), clock);
        completed.events().forEach(outbox::publish);
        assessments.flush();
        audit.record(caller, "assessment.complete", assessment.familyId(), "assessment/" + id);
        return assessment;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Assessment get(UUID id, Caller caller) {
        Assessment assessment = visible(id, caller);
        audit.record(caller, "assessment.read", assessment.familyId(), "assessment/" + id);
        return assessment;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Assessment> ofFamily(UUID familyId, Caller caller) {
        families.visible(familyId, caller);
        audit.record(caller, "assessment.list", familyId, "family/" + familyId + "/assessments");
        return assessments.ofFamily(familyId);
    }

    /** Visible when its family is: 404 otherwise. */
    private Assessment visible(UUID id, Caller caller) {
        Assessment assessment = assessments.findByIdOptional(id).orElseThrow(() -> new NotFound("Assessment " + id));
        try {
            families.visible(assessment.familyId(), caller);
        } catch (NotFound hidden) {
            throw new NotFound("Assessment " + id);
        }
        return assessment;
    }
}
