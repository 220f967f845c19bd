package org.earlyhelp.assessment.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.earlyhelp.assessment.consent.Consent;
import org.earlyhelp.assessment.consent.ConsentMethod;
import org.earlyhelp.assessment.consent.ConsentPurpose;
import org.earlyhelp.assessment.family.MemberRole;
import org.earlyhelp.events.NeedIndicator;
import org.earlyhelp.events.assessment.AssessmentCompletedV1;
import org.earlyhelp.platform.problem.ConflictingState;
import org.earlyhelp.platform.problem.RuleViolation;
import org.earlyhelp.platform.security.Caller;
import org.earlyhelp.platform.time.RecordedDates;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AssessmentTest {

    static final Caller TEACHER = new Caller("teacher", "isle-of-wight", "school", Set.of("practitioner"));
    static final LeadProfessional LEAD = new LeadProfessional("teacher", "Tess Teacher", "school", "DSL");
    /** A fixed clock: today is 2026-12-15 in Europe/London. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-15T10:00:00Z"), ZoneOffset.UTC);
    static final LocalDate TODAY = RecordedDates.today(CLOCK);
    final UUID child = UUID.randomUUID();
    final UUID parent = UUID.randomUUID();
    /** The family's consent for ASSESSMENT covering the child, given 2026-11-20. */
    final List<Consent> consents = List.of(consent(List.of(child), LocalDate.of(2026, 11, 20)));

    Assessment draft() {
        return draft(List.of(child));
    }

    Assessment draft(List<UUID> children) {
        return Assessment.start(UUID.randomUUID(), children, LEAD, "Attendance falling", List.of(), TEACHER, CLOCK.instant());
    }

    Consent consent(List<UUID> covers, LocalDate givenOn) {
        java.util.Map<UUID, MemberRole> members = new java.util.HashMap<>();
        covers.forEach(c -> members.put(c, MemberRole.CHILD));
        members.put(parent, MemberRole.PARENT);
        return Consent.record(UUID.randomUUID(), members, parent, covers, List.of(ConsentPurpose.ASSESSMENT), List.of(),
                ConsentMethod.WRITTEN, givenOn, TEACHER, CLOCK);
    }

    /** A draft of these children with every part filled in, ready to sign off. */
    Assessment ready(List<UUID> children) {
        Assessment assessment = draft(children);
        AssessmentContent.Patch patch = complete();
        assessment.revise(new AssessmentContent.Patch(
                children.stream().map(c -> new AssessmentContent.ChildsVoice(c, "Wants to see friends at school", null)).toList(),
                patch.familyViews(), patch.factors(), patch.domains(), patch.needs(), patch.strengths(), patch.levelOfNeed(),
                patch.contributingAgencies()), List.of(child, parent));
        return assessment;
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
        assertThatThrownBy(() -> Assessment.start(UUID.randomUUID(), List.of(child), LEAD, "r", List.of(child), TEACHER, CLOCK.instant()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining(child.toString());
    }

    @Test
    void completionNamesEveryMissingPartNotJustTheFirst() {
        Assessment assessment = draft();
        assertThatThrownBy(() -> assessment.complete(LocalDate.of(2026, 12, 14), consents, CLOCK))
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
        assertThat(assessment.complete(LocalDate.of(2026, 12, 14), consents, CLOCK)).isNotNull();
    }

    @Test
    void aCompletedAssessmentRaisesCodesOnlyAndIsThenReadOnly() {
        Assessment assessment = draft();
        assessment.revise(complete(), List.of(child, parent));
        AssessmentCompletedV1 event = assessment.complete(LocalDate.of(2026, 12, 14), consents, CLOCK);
        assertThat(event.needs()).extracting(AssessmentCompletedV1.IdentifiedNeed::indicator).containsExactly("PERSISTENT_ABSENCE");
        assertThat(event.toString()).doesNotContain("Attendance 78%", "Wants to see friends", "Mum's depression");
        assertThat(assessment.status()).isEqualTo(AssessmentStatus.COMPLETED);
        assertThatThrownBy(() -> assessment.revise(complete(), List.of(child))).isInstanceOf(ConflictingState.class);
        assertThatThrownBy(() -> assessment.complete(LocalDate.of(2026, 12, 15), consents, CLOCK)).isInstanceOf(ConflictingState.class);
    }

    @Test
    void aNeedCodedOtherNeedsItsDescription() {
        Assessment assessment = draft();
        AssessmentContent.Patch patch = complete();
        assessment.revise(new AssessmentContent.Patch(null, null, null, null,
                List.of(new AssessmentContent.Need(null, child, NeedIndicator.OTHER, " ")), null, null, null), List.of(child));
        assessment.revise(new AssessmentContent.Patch(patch.childrensVoice(), null, patch.factors(), patch.domains(), null, null,
                patch.levelOfNeed(), null), List.of(child));
        assertThatThrownBy(() -> assessment.complete(LocalDate.of(2026, 12, 14), consents, CLOCK))
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

    @Test
    @DisplayName("completedOn after today is 422 recorded-date-not-after-today naming completedOn, and the draft stays a draft; today itself is fine")
    void aCompletionIsNotDatedAfterToday() {
        Assessment assessment = ready(List.of(child));
        assertThatThrownBy(() -> assessment.complete(TODAY.plusDays(1), consents, CLOCK))
                .isInstanceOfSatisfying(RecordedDates.DateRuleViolation.class, e -> {
                    assertThat(e.rule()).isEqualTo(RecordedDates.NOT_AFTER_TODAY);
                    assertThat(e.field()).isEqualTo("completedOn");
                });
        assertThat(assessment.status()).isEqualTo(AssessmentStatus.DRAFT);
        assertThat(assessment.completedOn()).isNull();
        assessment.complete(TODAY, consents, CLOCK);
        assertThat(assessment.completedOn()).isEqualTo(TODAY);
    }

    @Test
    @DisplayName("completedOn before the consent that permits the assessment is 422 completion-after-consent naming completedOn; on the consent's day it is fine")
    void aCompletionIsNotDatedBeforeTheConsentThatPermitsIt() {
        Assessment assessment = ready(List.of(child));
        assertThatThrownBy(() -> assessment.complete(LocalDate.of(2026, 11, 19), consents, CLOCK))
                .isInstanceOfSatisfying(RecordedDates.DateRuleViolation.class, e -> {
                    assertThat(e.rule()).isEqualTo(Assessment.COMPLETION_AFTER_CONSENT);
                    assertThat(e.field()).isEqualTo("completedOn");
                    assertThat(e.getMessage()).contains("2026-11-20");
                });
        assertThat(assessment.status()).isEqualTo(AssessmentStatus.DRAFT);
        assessment.complete(LocalDate.of(2026, 11, 20), consents, CLOCK);
        assertThat(assessment.completedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
    }

    @Test
    @DisplayName("with a consent per child, a completion may not be before the later of the two: each child needed theirs")
    void withSeveralConsentsTheLatestNeededCounts() {
        UUID sister = UUID.randomUUID();
        List<Consent> two = List.of(consent(List.of(child), LocalDate.of(2026, 10, 1)), consent(List.of(sister), LocalDate.of(2026, 11, 2)),
                consent(List.of(child, sister), LocalDate.of(2026, 12, 1)));
        Assessment assessment = ready(List.of(child, sister));
        assertThatThrownBy(() -> assessment.complete(LocalDate.of(2026, 11, 1), two, CLOCK))
                .isInstanceOfSatisfying(RecordedDates.DateRuleViolation.class, e -> {
                    assertThat(e.rule()).isEqualTo(Assessment.COMPLETION_AFTER_CONSENT);
                    assertThat(e.getMessage()).contains(sister.toString(), "2026-11-02");
                });
        // the later consent covering both (2026-12-01) is not needed: each child was covered from 2026-11-02
        assessment.complete(LocalDate.of(2026, 11, 2), two, CLOCK);
        assertThat(assessment.status()).isEqualTo(AssessmentStatus.COMPLETED);
    }

    @Test
    @DisplayName("a consent withdrawn before the completion date does not permit it; one in force that day does, even if withdrawn since")
    void aConsentWithdrawnBeforeTheCompletionDoesNotPermitIt() {
        Consent old = consent(List.of(child), LocalDate.of(2026, 1, 10));
        old.withdraw(LocalDate.of(2026, 2, 1), "Moved away", TEACHER, CLOCK);
        List<Consent> both = List.of(old, consent(List.of(child), LocalDate.of(2026, 11, 20)));
        Assessment assessment = ready(List.of(child));
        assertThatThrownBy(() -> assessment.complete(LocalDate.of(2026, 6, 1), both, CLOCK))
                .isInstanceOfSatisfying(RecordedDates.DateRuleViolation.class, e -> {
                    assertThat(e.rule()).isEqualTo(Assessment.COMPLETION_AFTER_CONSENT);
                    assertThat(e.getMessage()).contains("2026-11-20");
                });
        assessment.complete(LocalDate.of(2026, 1, 20), both, CLOCK);
        assertThat(assessment.completedOn()).isEqualTo(LocalDate.of(2026, 1, 20));
    }

    /** The complete patch at level UNIVERSAL, with these services signposted. */
    AssessmentContent.Patch universal(List<String> services) {
        AssessmentContent.Patch p = complete();
        return new AssessmentContent.Patch(p.childrensVoice(), p.familyViews(), p.factors(), p.domains(), p.needs(), p.strengths(),
                LevelOfNeed.UNIVERSAL, p.contributingAgencies(), services);
    }

    @Test
    @DisplayName("an assessment concluding UNIVERSAL names the universal services signposted before it can be completed")
    void universalNeedsTheServicesSignposted() {
        Assessment assessment = draft();
        assessment.revise(universal(null), List.of(child, parent));
        assertThatThrownBy(() -> assessment.complete(LocalDate.of(2026, 12, 14), consents, Set.of(), java.util.Map.of(), CLOCK))
                .isInstanceOfSatisfying(Assessment.IncompleteAssessment.class, e -> assertThat(e.missing())
                        .singleElement().asString().startsWith("universalServicesSignposted"));
        assertThat(assessment.status()).isEqualTo(AssessmentStatus.DRAFT);
    }

    @Test
    @DisplayName("completing at UNIVERSAL raises AssessmentCompleted (levelOfNeed UNIVERSAL) and UniversalServicesSignposted with a count, no names of services")
    void universalRaisesTheSignpostingEvent() {
        Assessment assessment = draft();
        assessment.revise(universal(List.of("Children's centre stay and play", " School nurse drop-in ")), List.of(child, parent));
        assertThat(assessment.content().universalServicesSignposted()).containsExactly("Children's centre stay and play", "School nurse drop-in");
        Assessment.Completed completed = assessment.complete(LocalDate.of(2026, 12, 14), consents, Set.of(), java.util.Map.of(), CLOCK);
        assertThat(completed.completed().levelOfNeed()).isEqualTo("UNIVERSAL");
        assertThat(completed.universal().servicesSignposted()).isEqualTo(2);
        assertThat(completed.universal().leadProfessionalUserId()).isEqualTo("teacher");
        assertThat(completed.universal().completedOn()).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(completed.events()).containsExactly(completed.completed(), completed.universal());
        assertThat(completed.universal().toString()).doesNotContain("centre", "nurse");
    }

    @Test
    @DisplayName("a TARGETED completion raises AssessmentCompleted only")
    void targetedRaisesNoSignposting() {
        Assessment assessment = draft();
        assessment.revise(complete(), List.of(child, parent));
        Assessment.Completed completed = assessment.complete(LocalDate.of(2026, 12, 14), consents, Set.of(), java.util.Map.of(), CLOCK);
        assertThat(completed.universal()).isNull();
        assertThat(completed.events()).containsExactly(completed.completed());
    }

    @Test
    @DisplayName("a pre-birth assessment does not ask for the voice of a child not yet born; it does once the child is born")
    void anUnbornChildsVoiceIsNotAskedFor() {
        UUID unborn = UUID.randomUUID();
        List<Consent> both = List.of(consent(List.of(child, unborn), LocalDate.of(2026, 11, 20)));
        Assessment assessment = draft(List.of(child, unborn));
        assessment.revise(complete(), List.of(child, unborn, parent));
        assertThatThrownBy(() -> assessment.complete(LocalDate.of(2026, 12, 14), both, Set.of(), java.util.Map.of(), CLOCK))
                .isInstanceOfSatisfying(Assessment.IncompleteAssessment.class, e -> assertThat(e.missing())
                        .singleElement().asString().contains(unborn.toString()));
        assertThat(assessment.complete(LocalDate.of(2026, 12, 14), both, Set.of(unborn), java.util.Map.of(), CLOCK).completed().childMemberIds())
                .containsExactly(child, unborn);
    }

    @Test
    @DisplayName("AssessmentCompleted carries each assessed child's age in whole years on completedOn; a child still unborn has none, nor does any date of birth")
    void completionCarriesTheChildrensAges() {
        UUID unborn = UUID.randomUUID();
        List<Consent> both = List.of(consent(List.of(child, unborn), LocalDate.of(2026, 11, 20)));
        Assessment assessment = draft(List.of(child, unborn));
        assessment.revise(complete(), List.of(child, unborn, parent));
        java.util.Map<UUID, LocalDate> datesOfBirth = java.util.Map.of(child, LocalDate.of(2016, 12, 14), parent, LocalDate.of(1990, 1, 1));

        AssessmentCompletedV1 completed = assessment.complete(LocalDate.of(2026, 12, 13), both, Set.of(unborn), datesOfBirth, CLOCK)
                .completed();

        assertThat(completed.childAges()).containsExactly(new org.earlyhelp.events.ChildAge(child, 9)); // 10 the next day
        assertThat(completed.toString()).doesNotContain("2016-12-14", "1990-01-01");
    }
}
