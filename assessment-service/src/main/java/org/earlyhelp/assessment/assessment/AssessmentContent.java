package org.earlyhelp.assessment.assessment;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.earlyhelp.events.NeedIndicator;

/** What an Early Help Assessment says (domain.md, pathway step 3). Stored as one JSON document. */
public record AssessmentContent(
        List<ChildsVoice> childrensVoice,
        String familyViews,
        Factors factors,
        Domains domains,
        List<Need> needs,
        String strengths,
        LevelOfNeed levelOfNeed,
        List<String> contributingAgencies,
        List<String> universalServicesSignposted) {

    public static AssessmentContent empty() {
        return new AssessmentContent(List.of(), null, null, null, List.of(), null, null, List.of(), List.of());
    }

    /** The universal services the family was signposted to (none for an assessment stored before issue 19). */
    @Override
    public List<String> universalServicesSignposted() {
        return universalServicesSignposted == null ? List.of() : universalServicesSignposted;
    }

    /** Each child's wishes and feelings, or why they could not be sought. */
    public record ChildsVoice(@NotNull UUID memberId, @Size(max = 10000) String wishesAndFeelings,
            @Size(max = 2000) String notSoughtReason) {
        boolean isRecorded() {
            return (wishesAndFeelings != null && !wishesAndFeelings.isBlank()) || (notSoughtReason != null && !notSoughtReason.isBlank());
        }
    }

    /** The six Ps. */
    public record Factors(@Size(max = 10000) String protective, @Size(max = 10000) String presenting,
            @Size(max = 10000) String precipitating, @Size(max = 10000) String perpetuating,
            @Size(max = 10000) String predisposing, @Size(max = 10000) String predicting) {
    }

    /** The three domains of the assessment framework. */
    public record Domains(@Size(max = 10000) String childDevelopment, @Size(max = 10000) String parentingCapacity,
            @Size(max = 10000) String familyAndEnvironment) {
    }

    /** A need, tied to a family member, with its indicator code. */
    public record Need(UUID id, @NotNull UUID memberId, @NotNull NeedIndicator indicator, @Size(max = 4000) String description) {
    }

    /**
     * A PATCH: each part given replaces that part; parts not given stay as they are. {@code universalServicesSignposted}:
     * the universal services the family was pointed to (required before completion at level UNIVERSAL).
     */
    public record Patch(
            @Size(max = 30) List<@Valid @NotNull ChildsVoice> childrensVoice,
            @Size(max = 10000) String familyViews,
            @Valid Factors factors,
            @Valid Domains domains,
            @Size(max = 100) List<@Valid @NotNull Need> needs,
            @Size(max = 10000) String strengths,
            LevelOfNeed levelOfNeed,
            @Size(max = 50) List<@NotNull @Size(max = 100) String> contributingAgencies,
            @Size(max = 20) List<@NotBlank @Size(max = 200) String> universalServicesSignposted) {

        /** A patch without universal services (the shape before issue 19). */
        public Patch(List<ChildsVoice> childrensVoice, String familyViews, Factors factors, Domains domains, List<Need> needs,
                String strengths, LevelOfNeed levelOfNeed, List<String> contributingAgencies) {
            this(childrensVoice, familyViews, factors, domains, needs, strengths, levelOfNeed, contributingAgencies, null);
        }
    }

    AssessmentContent apply(Patch patch) {
        return new AssessmentContent(
                patch.childrensVoice() != null ? List.copyOf(patch.childrensVoice()) : childrensVoice,
                patch.familyViews() != null ? patch.familyViews() : familyViews,
                patch.factors() != null ? patch.factors() : factors,
                patch.domains() != null ? patch.domains() : domains,
                patch.needs() != null ? patch.needs().stream()
                        .map(n -> new Need(n.id() != null ? n.id() : UUID.randomUUID(), n.memberId(), n.indicator(), n.description()))
                        .toList() : needs,
                patch.strengths() != null ? patch.strengths() : strengths,
                patch.levelOfNeed() != null ? patch.levelOfNeed() : levelOfNeed,
                patch.contributingAgencies() != null ? List.copyOf(patch.contributingAgencies()) : contributingAgencies,
                patch.universalServicesSignposted() != null
                        ? patch.universalServicesSignposted().stream().map(String::trim).toList()
                        : universalServicesSignposted());
    }
}
