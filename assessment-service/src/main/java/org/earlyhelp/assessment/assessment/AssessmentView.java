package org.earlyhelp.assessment.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record AssessmentView(UUID id, UUID familyId, List<UUID> childMemberIds, LeadProfessional leadProfessional,
        String reasonForAssessment, AssessmentStatus status, List<AssessmentContent.ChildsVoice> childrensVoice, String familyViews,
        AssessmentContent.Factors factors, AssessmentContent.Domains domains, List<AssessmentContent.Need> needs, String strengths,
        LevelOfNeed levelOfNeed, List<String> contributingAgencies, List<String> universalServicesSignposted, Instant createdAt,
        LocalDate completedOn) {

    public static AssessmentView of(Assessment a) {
        AssessmentContent c = a.content();
        return new AssessmentView(a.id(), a.familyId(), a.childMemberIds(), a.leadProfessional(), a.reasonForAssessment(), a.status(),
                c.childrensVoice(), c.familyViews(), c.factors(), c.domains(), c.needs(), c.strengths(), c.levelOfNeed(),
                c.contributingAgencies(), c.universalServicesSignposted(), a.createdAt(), a.completedOn());
    }
}
