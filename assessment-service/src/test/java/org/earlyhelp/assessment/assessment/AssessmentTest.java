package org.earlyhelp.assessment.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.earlyhelp.events.NeedIndicator;
import org.earlyhelp.events.assessment.AssessmentCompletedV1;
import org.earlyhelp.platform.problem.ConflictingState;
import org.earlyhelp.platform.problem.RuleViolation;
import org.earlyhelp.platform.security.Caller;
import org.junit.jupiter.api.Test;

class AssessmentTest {

    static final Caller TEACHER = new Caller("teacher", "isle-of-wight", "school", Set.of("practitioner"));
    static final LeadProfessional LEAD = new LeadProfessional("teacher", "Tess Teacher", "school", "DSL");
    final UUID child = UUID.randomUUID();
    final UUID parent = UUID.randomUUID();

    Assessment draft() {
        return Assessment.start(UUID.randomUUID(), List.of(child), LEAD, "Attendance falling", List.of(), TEACHER, Instant.now());
    }

    AssessmentContent.Patch complete() {
        return new AssessmentContent.Patch(
                List.of(new AssessmentContent.ChildsVoice(child, "Wants to see friends at school", null)), "Want help with mornings",
                new AssessmentContent.Factors("Loving grandparents", "Late most days", "New baby", "No routine", "Mum's depression", "Exclusion risk"),
                new AssessmentContent.Domains("On track", "Stretched", "Housing is damp"),
                List.of(new AssessmentContent.Need(null, child, NeedIndicator.PERSISTENT_ABSENCE, "Attendance 78%")),
                "Close family", LevelOfNeed.TARGETED, List.of("school", "health"));
    }

    @Test
    void anAssessmentCannotStartWithoutConsentForEveryChildNamed() {
        assertThatThrownBy(() -> Assessment.start(UUID.randomUUID(), List.of(child), LEAD, "r", List.of(child), TEACHER, Instant.now()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining(child.toString());
    }

    @Test
    void completionNamesEveryMissingPartNotJustTheFirst() {
        Assessment assessment = draft();
        assertThatThrownBy(() -> assessment.complete(LocalDate.of(2026, 12, 14)))
                .isInstanceOfSatisfying(Assessment.IncompleteAssessment.class, e -> assertThat(e.missing()).hasSize(12)
                        .anyMatch(m -> m.startsWith("needs")).anyMatch(m -> m.startsWith("childrensVoice"))
                        .contains("factors.protective", "factors.predicting", "domains.parentingCapacity", "levelOfNeed"));
        assertThat(assessment.status()).isEqualTo(AssessmentStatus.DRAFT);
    }

    @Test
    void aChildWhoseVoiceCouldNotBeSoughtNeedsTheReason() {
        Assessment assessment = draft();
        AssessmentContent.Patch patch = complete();
        assessment.revise(new AssessmentContent.Patch(List.of(new AssessmentContent.ChildsVoice(child, null, "Baby, 4 months old")),
                patch.familyViews(), patch.factors(), patch.domains(), patch.needs(), patch.strengths(), patch.levelOfNeed(), null),
                List.of(child, parent));
        assertThat(assessment.complete(LocalDate.of(2026, 12, 14))).isNotNull();
    }

    @Test
    void aCompletedAssessmentRaisesCodesOnlyAndIsThenReadOnly() {
        Assessment assessment = draft();
        assessment.revise(complete(), List.of(child, parent));
        AssessmentCompletedV1 event = assessment.complete(LocalDate.of(2026, 12, 14));
        assertThat(event.needs()).extracting(AssessmentCompletedV1.IdentifiedNeed::indicator).containsExactly("PERSISTENT_ABSENCE");
        assertThat(event.toString()).doesNotContain("Attendance 78%", "Wants to see friends", "Mum's depression");
        assertThat(assessment.status()).isEqualTo(AssessmentStatus.COMPLETED);
        assertThatThrownBy(() -> assessment.revise(complete(), List.of(child))).isInstanceOf(ConflictingState.class);
        assertThatThrownBy(() -> assessment.complete(LocalDate.of(2026, 12, 15))).isInstanceOf(ConflictingState.class);
    }

    @Test
    void aNeedCodedOtherNeedsItsDescription() {
        Assessment assessment = draft();
        AssessmentContent.Patch patch = complete();
        assessment.revise(new AssessmentContent.Patch(null, null, null, null,
                List.of(new AssessmentContent.Need(null, child, NeedIndicator.OTHER, " ")), null, null, null), List.of(child));
        assessment.revise(new AssessmentContent.Patch(patch.childrensVoice(), null, patch.factors(), patch.domains(), null, null,
                patch.levelOfNeed(), null), List.of(child));
        assertThatThrownBy(() -> assessment.complete(LocalDate.of(2026, 12, 14)))
                .isInstanceOfSatisfying(Assessment.IncompleteAssessment.class, e -> assertThat(e.missing())
                        .containsExactly("needs: a need coded OTHER needs a description"));
    }

    @Test
    void aNeedMustBelongToAFamilyMemberAndAVoiceToAnAssessedChild() {
        Assessment assessment = draft();
        assertThatThrownBy(() -> assessment.revise(new AssessmentContent.Patch(null, null, null, null,
                List.of(new AssessmentContent.Need(null, UUID.randomUUID(), NeedIndicator.HOUSING, "x")), null, null, null), List.of(child)))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> assessment.revise(new AssessmentContent.Patch(
                List.of(new AssessmentContent.ChildsVoice(parent, "x", null)), null, null, null, null, null, null, null), List.of(child, parent)))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void theLeadProfessionalSignsOff() {
        Assessment assessment = draft();
        assertThat(assessment.mayBeCompletedBy(TEACHER)).isTrue();
        assertThat(assessment.mayBeCompletedBy(new Caller("ehteam", "isle-of-wight", "early-help", Set.of("early-help-team")))).isFalse();
        assertThat(assessment.mayBeRevisedBy(new Caller("ehteam", "isle-of-wight", "early-help", Set.of("early-help-team")))).isTrue();
        assertThat(assessment.mayBeRevisedBy(new Caller("hv", "isle-of-wight", "health", Set.of("practitioner")))).isFalse();
    }
}
