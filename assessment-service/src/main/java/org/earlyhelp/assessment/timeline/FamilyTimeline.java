package org.earlyhelp.assessment.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.earlyhelp.assessment.assessment.Assessment;
import org.earlyhelp.assessment.assessment.AssessmentRepository;
import org.earlyhelp.assessment.consent.Consent;
import org.earlyhelp.assessment.consent.ConsentRepository;
import org.earlyhelp.assessment.family.ConsentRefusal;
import org.earlyhelp.assessment.family.Family;
import org.earlyhelp.assessment.family.FamilyMember;
import org.earlyhelp.assessment.family.FamilyRepository;
import org.earlyhelp.platform.audit.AuditTrail;
import org.earlyhelp.platform.problem.NotFound;
import org.earlyhelp.platform.security.Caller;
import org.earlyhelp.platform.timeline.TimelineItem;

/**
 * assessment-service's part of a family's timeline: registration, births of children recorded before birth, refusals of
 * help, consents given and withdrawn, assessments started and completed.
 */
@ApplicationScoped
@Transactional
public class FamilyTimeline {

    static final String SERVICE = "assessment-service";

    private final FamilyRepository families;
    private final ConsentRepository consents;
    private final AssessmentRepository assessments;
    private final AuditTrail audit;

    public FamilyTimeline(FamilyRepository families, ConsentRepository consents, AssessmentRepository assessments, AuditTrail audit) {
        this.families = families;
        this.consents = consents;
        this.assessments = assessments;
        this.audit = audit;
    }

    public List<TimelineItem> of(UUID familyId, Caller caller) {
        Family family = families.findVisible(familyId, caller).orElseThrow(() -> new NotFound("Family " + familyId));
        audit.record(caller, "family.timeline", familyId, "family/" + familyId + "/timeline");
        List<TimelineItem> items = new ArrayList<>();
        items.add(new TimelineItem(family.registeredAt(), "FAMILY_REGISTERED", SERVICE, "family/" + familyId,
                "Family registered with " + family.members().size() + " members"));
        for (FamilyMember member : family.members()) {
            if (member.expectedDateOfBirth() != null && member.dateOfBirth() != null) {
                items.add(new TimelineItem(TimelineItem.onDay(member.dateOfBirth()), "CHILD_BORN", SERVICE, "family/" + familyId + "/members/" + member.id(),
                        "A child recorded before birth was born"));
            }
        }
        for (ConsentRefusal refusal : family.consentRefusals()) {
            items.add(new TimelineItem(TimelineItem.onDay(refusal.refusedOn()), "CONSENT_REFUSED", SERVICE,
                    "family/" + familyId + "/consent-refusals/" + refusal.id(), "The family declined early help; "
                            + refusal.universalServicesOffered().size() + " universal service(s) offered"));
        }
        for (Consent consent : consents.ofFamily(familyId)) {
            items.add(new TimelineItem(TimelineItem.onDay(consent.givenOn()), "CONSENT_GIVEN", SERVICE, "consent/" + consent.id(),
                    "Consent given (" + consent.method() + ") for " + String.join(", ", consent.purposes().stream().map(Enum::name).sorted().toList())));
            if (consent.withdrawnOn() != null) {
                items.add(new TimelineItem(TimelineItem.onDay(consent.withdrawnOn()), "CONSENT_WITHDRAWN", SERVICE, "consent/" + consent.id(),
                        "Consent withdrawn"));
            }
        }
        for (Assessment assessment : assessments.ofFamily(familyId)) {
            items.add(new TimelineItem(assessment.createdAt(), "ASSESSMENT_STARTED", SERVICE, "assessment/" + assessment.id(),
                    "Early help assessment started, lead professional from " + assessment.leadProfessional().agency()));
            if (assessment.completedOn() != null) {
                items.add(new TimelineItem(TimelineItem.onDay(assessment.completedOn()), "ASSESSMENT_COMPLETED", SERVICE,
                        "assessment/" + assessment.id(), "Early help assessment completed"));
            }
        }
        return items;
    }
}
