package org.earlyhelp.assessment.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.earlyhelp.events.NeedIndicator;

/**
 * An assessment cannot be called complete until it really is: at least one need with a known
 * indicator code, each child's voice (or why it could not be sought; not asked of a child not yet born), all six
 * factors, the three domains, a level of need, and at level UNIVERSAL the universal services signposted. Returns every
 * part that is missing, not just the first.
 */
final class CompletionCheck {

    static List<String> missing(AssessmentContent content, List<UUID> childMemberIds) {
        return missing(content, childMemberIds, java.util.Set.of());
    }

    /**
     * @param stillUnborn the children assessed who are not born yet (a pre-birth assessment): their voice cannot be
     *        sought, so it is not asked for
     */
    static List<String> missing(AssessmentContent content, List<UUID> childMemberIds, java.util.Set<UUID> stillUnborn) {
        List<String> missing = new ArrayList<>();
        List<AssessmentContent.Need> needs = content.needs() == null ? List.of() : content.needs();
        if (needs.stream().noneMatch(n -> n.indicator() != null)) {
            missing.add("needs: at least one need with a need indicator code");
        }
        for (AssessmentContent.Need need : needs) {
            if (need.indicator() == NeedIndicator.OTHER && blank(need.description())) {
                missing.add("needs: a need coded OTHER needs a description");
            }
        }
        for (UUID child : childMemberIds) {
            if (stillUnborn.contains(child)) {
                continue;
            }
            boolean heard = content.childrensVoice() != null
                    && content.childrensVoice().stream().anyMatch(v -> v.memberId().equals(child) && v.isRecorded());
            if (!heard) {
                missing.add("childrensVoice: the wishes and feelings of child " + child + ", or why they could not be sought");
            }
        }
        AssessmentContent.Factors f = content.factors();
        String[][] factors = {
                { "protective", f == null ? null : f.protective() }, { "presenting", f == null ? null : f.presenting() },
                { "precipitating", f == null ? null : f.precipitating() }, { "perpetuating", f == null ? null : f.perpetuating() },
                { "predisposing", f == null ? null : f.predisposing() }, { "predicting", f == null ? null : f.predicting() } };
        for (String[] factor : factors) {
            if (blank(factor[1])) {
                missing.add("factors." + factor[0]);
            }
        }
        AssessmentContent.Domains d = content.domains();
        if (d == null || blank(d.childDevelopment())) {
            missing.add("domains.childDevelopment");
        }
        if (d == null || blank(d.parentingCapacity())) {
            missing.add("domains.parentingCapacity");
        }
        if (d == null || blank(d.familyAndEnvironment())) {
            missing.add("domains.familyAndEnvironment");
        }
        if (content.levelOfNeed() == null) {
            missing.add("levelOfNeed");
        }
        if (content.levelOfNeed() == LevelOfNeed.UNIVERSAL && content.universalServicesSignposted().isEmpty()) {
            missing.add("universalServicesSignposted: the universal services the family was signposted to (level of need UNIVERSAL)");
        }
        return missing;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private CompletionCheck() {
    }
}
