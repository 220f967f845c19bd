package org.earlyhelp.referral.stepup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.earlyhelp.platform.problem.ConflictingState;
import org.earlyhelp.platform.problem.RuleViolation;
import org.earlyhelp.platform.security.Caller;
import org.earlyhelp.platform.time.RecordedDates;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The step-up referral's state machine: DRAFT → SUBMITTED → DECIDED, every allowed and refused move, and its recorded
 * dates. A fixed clock: "today" is 12 May 2027 (Europe/London), whatever day the suite runs.
 */
class StepUpReferralTest {

    static final Caller TEACHER = new Caller("teacher", "isle-of-wight", "school", Set.of("practitioner"));
    static final Caller SOCIAL_WORKER = new Caller("sw", "isle-of-wight", "childrens-social-care", Set.of("social-worker"));
    static final Caller CSC_SYSTEM = new Caller("service-account-csc", "isle-of-wight", "childrens-social-care", Set.of("partner-system"));
    static final Caller SCHOOL_SYSTEM = new Caller("service-account-school", "isle-of-wight", "school", Set.of("partner-system"));
    static final Caller OTHER_AREA_SW = new Caller("sw2", "hampshire", "childrens-social-care", Set.of("social-worker"));
    static final Caller EH_TEAM = new Caller("ehteam", "isle-of-wight", "early-help", Set.of("early-help-team"));
    static final Instant SUBMITTED_AT = Instant.parse("2027-05-12T09:00:00Z");
    static final Clock CLOCK = Clock.fixed(SUBMITTED_AT, ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.of(2027, 5, 12);
    /** The day the referral was made: two days before it was typed in. */
    static final LocalDate REFERRED_ON = LocalDate.of(2027, 5, 10);
    static final List<UUID> CHILDREN = List.of(UUID.randomUUID());

    static StepUpReferral.Form form(Boolean consented, String noConsentReason, boolean significantHarm) {
        return form(consented, noConsentReason, significantHarm, REFERRED_ON);
    }

    static StepUpReferral.Form form(Boolean consented, String noConsentReason, boolean significantHarm, LocalDate referredOn) {
        return new StepUpReferral.Form(CHILDREN, "Bruising seen twice this week", significantHarm, consented, noConsentReason,
                "Family plan since March", referredOn);
    }

    static StepUpReferral submitted() {
        return StepUpReferral.submit(UUID.randomUUID(), null, form(true, null, false), TEACHER, CLOCK);
    }

    static StepUpReferral draft() {
        return StepUpReferral.draftFromReview("isle-of-wight", UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), CHILDREN,
                "teacher", SUBMITTED_AT);
    }

    @Test
    void aDirectReferralIsSubmittedAtOnceByItsReferrer() {
        StepUpReferral referral = submitted();
        assertThat(referral.status()).isEqualTo(ReferralStatus.SUBMITTED);
        assertThat(referral.referrerUserId()).isEqualTo("teacher");
        assertThat(referral.submittedAt()).isEqualTo(SUBMITTED_AT);
        assertThat(referral.area()).isEqualTo("isle-of-wight");
    }

    @Test
    void significantHarmIsCarriedAsTheUrgentFlag() {
        StepUpReferral referral = StepUpReferral.submit(UUID.randomUUID(), null, form(true, null, true), TEACHER, CLOCK);
        assertThat(referral.significantHarm()).isTrue();
        assertThat(ReferralEvents.submitted(referral).urgent()).isTrue();
        assertThat(ReferralEvents.submitted(submitted()).urgent()).isFalse();
    }

    @Test
    void withoutConsentAReferralNeedsAReasonWithOneItGoesAhead() {
        assertThatThrownBy(() -> StepUpReferral.submit(UUID.randomUUID(), null, form(false, null, true), TEACHER, CLOCK))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("noConsentReason");
        assertThatThrownBy(() -> StepUpReferral.submit(UUID.randomUUID(), null, form(false, "  ", true), TEACHER, CLOCK))
                .isInstanceOf(RuleViolation.class);
        StepUpReferral referral = StepUpReferral.submit(UUID.randomUUID(), null,
                form(false, "Telling the parents would put the child at risk", true), TEACHER, CLOCK);
        assertThat(referral.status()).isEqualTo(ReferralStatus.SUBMITTED);
        assertThat(referral.familyConsented()).isFalse();
    }

    @Test
    void aReasonForNoConsentIsNotKeptWhenTheFamilyConsented() {
        StepUpReferral referral = StepUpReferral.submit(UUID.randomUUID(), null, form(true, "left over", false), TEACHER, CLOCK);
        assertThat(referral.noConsentReason()).isNull();
    }

    @Test
    void aReviewThatStepsUpOpensADraftForTheLeadProfessionalPreFilled() {
        StepUpReferral draft = draft();
        assertThat(draft.status()).isEqualTo(ReferralStatus.DRAFT);
        assertThat(draft.referrerUserId()).isEqualTo("teacher");
        assertThat(draft.leadProfessionalUserId()).isEqualTo("teacher");
        assertThat(draft.childMemberIds()).isEqualTo(CHILDREN);
        assertThat(draft.planId()).isNotNull();
        assertThat(draft.concerns()).isNull();
    }

    @Test
    void aDraftIsSubmittedOnceItsConcernsAreWrittenKeepingItsChildrenWhenNoneAreGiven() {
        StepUpReferral draft = draft();
        draft.submitDraft(new StepUpReferral.Form(null, "Concerns written", false, true, null, null, null), TEACHER, CLOCK);
        assertThat(draft.status()).isEqualTo(ReferralStatus.SUBMITTED);
        assertThat(draft.childMemberIds()).isEqualTo(CHILDREN);
        assertThat(draft.concerns()).isEqualTo("Concerns written");
        assertThat(draft.referredOn()).as("referredOn defaults to today").isEqualTo(TODAY);
    }

    @Test
    void aSubmittedReferralCannotBeSubmittedAgain() {
        StepUpReferral referral = submitted();
        assertThatThrownBy(() -> referral.submitDraft(form(true, null, false), TEACHER, CLOCK))
                .isInstanceOf(ConflictingState.class).hasMessageContaining("submitted");
    }

    @Test
    void aDraftCannotBeDecided() {
        assertThatThrownBy(() -> draft().decide(ReferralDecision.NO_FURTHER_ACTION, LocalDate.of(2027, 5, 11), true, SOCIAL_WORKER, CLOCK))
                .isInstanceOf(ConflictingState.class).hasMessageContaining("draft");
    }

    @Test
    void cscDecidesOnceASecondDecisionIsAConflict() {
        StepUpReferral referral = submitted();
        referral.decide(ReferralDecision.CHILD_IN_NEED_S17, LocalDate.of(2027, 5, 11), false, SOCIAL_WORKER, CLOCK);
        assertThat(referral.status()).isEqualTo(ReferralStatus.DECIDED);
        assertThat(referral.decision()).isEqualTo(ReferralDecision.CHILD_IN_NEED_S17);
        assertThat(referral.earlyHelpContinues()).isFalse();
        assertThatThrownBy(() -> referral.decide(ReferralDecision.NO_FURTHER_ACTION, LocalDate.of(2027, 5, 12), true, SOCIAL_WORKER, CLOCK))
                .isInstanceOf(ConflictingState.class);
        assertThatThrownBy(() -> referral.submitDraft(form(true, null, false), TEACHER, CLOCK)).isInstanceOf(ConflictingState.class);
    }

    @Test
    void backToEarlyHelpMeansEarlyHelpContinues() {
        assertThatThrownBy(() -> submitted().decide(ReferralDecision.STEP_DOWN_TO_EARLY_HELP, LocalDate.of(2027, 5, 11), false, SOCIAL_WORKER, CLOCK))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("earlyHelpContinues");
        StepUpReferral referral = submitted();
        referral.decide(ReferralDecision.STEP_DOWN_TO_EARLY_HELP, LocalDate.of(2027, 5, 11), true, SOCIAL_WORKER, CLOCK);
        assertThat(referral.status()).isEqualTo(ReferralStatus.DECIDED);
    }

    @Test
    @DisplayName("decidedOn before referredOn is 422 decision-after-referral naming decidedOn, nothing decided; the same day is fine")
    void aDecisionCannotPredateTheReferralTheSameDayIsFine() {
        StepUpReferral refused = submitted();
        assertThatThrownBy(() -> refused.decide(ReferralDecision.NO_FURTHER_ACTION, REFERRED_ON.minusDays(1), true, SOCIAL_WORKER, CLOCK))
                .isInstanceOfSatisfying(RecordedDates.DateRuleViolation.class, e -> {
                    assertThat(e.rule()).isEqualTo("decision-after-referral");
                    assertThat(e.field()).isEqualTo("decidedOn");
                });
        assertThat(refused.status()).isEqualTo(ReferralStatus.SUBMITTED);
        assertThat(refused.decidedOn()).isNull();
        StepUpReferral referral = submitted();
        referral.decide(ReferralDecision.NO_FURTHER_ACTION, REFERRED_ON, true, SOCIAL_WORKER, CLOCK);
        assertThat(referral.decidedOn()).isEqualTo(REFERRED_ON);
    }

    @Test
    @DisplayName("a CSC decision recorded after the fact, dated before the day the referral was typed in but not before its referredOn, is accepted")
    void aDecisionBeforeTheReferralWasTypedInButAfterItWasMadeIsAccepted() {
        StepUpReferral referral = StepUpReferral.submit(UUID.randomUUID(), null, form(true, null, false, LocalDate.of(2026, 1, 14)),
                TEACHER, CLOCK);
        referral.decide(ReferralDecision.STEP_DOWN_TO_EARLY_HELP, LocalDate.of(2026, 1, 20), true, SOCIAL_WORKER, CLOCK);
        assertThat(referral.status()).isEqualTo(ReferralStatus.DECIDED);
        assertThat(referral.decidedOn()).isBefore(LocalDate.ofInstant(referral.submittedAt(), ZoneOffset.UTC));
    }

    @Test
    @DisplayName("decidedOn after today is 422 recorded-date-not-after-today naming decidedOn, nothing decided; today is fine")
    void aDecisionCannotBeDatedAfterToday() {
        StepUpReferral referral = submitted();
        assertThatThrownBy(() -> referral.decide(ReferralDecision.NO_FURTHER_ACTION, TODAY.plusDays(1), true, SOCIAL_WORKER, CLOCK))
                .isInstanceOfSatisfying(RecordedDates.DateRuleViolation.class, e -> {
                    assertThat(e.rule()).isEqualTo("recorded-date-not-after-today");
                    assertThat(e.field()).isEqualTo("decidedOn");
                });
        assertThat(referral.status()).isEqualTo(ReferralStatus.SUBMITTED);
        referral.decide(ReferralDecision.NO_FURTHER_ACTION, TODAY, true, SOCIAL_WORKER, CLOCK);
        assertThat(referral.decidedOn()).isEqualTo(TODAY);
    }

    @Test
    @DisplayName("referredOn defaults to today, may be back-dated, and after today is 422 recorded-date-not-after-today naming referredOn")
    void referredOnIsARecordedDate() {
        assertThat(StepUpReferral.submit(UUID.randomUUID(), null, form(true, null, false, null), TEACHER, CLOCK).referredOn())
                .isEqualTo(TODAY);
        assertThat(StepUpReferral.submit(UUID.randomUUID(), null, form(true, null, false, LocalDate.of(2025, 11, 3)), TEACHER, CLOCK)
                .referredOn()).isEqualTo(LocalDate.of(2025, 11, 3));
        assertThatThrownBy(() -> StepUpReferral.submit(UUID.randomUUID(), null, form(true, null, false, TODAY.plusDays(1)), TEACHER, CLOCK))
                .isInstanceOfSatisfying(RecordedDates.DateRuleViolation.class, e -> {
                    assertThat(e.rule()).isEqualTo("recorded-date-not-after-today");
                    assertThat(e.field()).isEqualTo("referredOn");
                });
        StepUpReferral draft = draft();
        assertThatThrownBy(() -> draft.submitDraft(form(true, null, false, TODAY.plusDays(1)), TEACHER, CLOCK))
                .isInstanceOf(RecordedDates.DateRuleViolation.class);
        assertThat(draft.status()).isEqualTo(ReferralStatus.DRAFT);
        assertThat(draft.referredOn()).isNull();
    }

    @Test
    void socialWorkersOfTheAreaAndCscsOwnPartnerSystemDecideNobodyElse() {
        StepUpReferral referral = submitted();
        assertThat(referral.mayDecide(SOCIAL_WORKER)).isTrue();
        assertThat(referral.mayDecide(CSC_SYSTEM)).isTrue();
        assertThat(referral.mayDecide(SCHOOL_SYSTEM)).isFalse();
        assertThat(referral.mayDecide(TEACHER)).isFalse();
        assertThat(referral.mayDecide(EH_TEAM)).isFalse();
        assertThat(referral.mayDecide(OTHER_AREA_SW)).isFalse();
    }

    @Test
    void theDraftsAuthorOrTheEarlyHelpTeamSubmitIt() {
        StepUpReferral draft = draft();
        assertThat(draft.maySubmit(TEACHER)).isTrue();
        assertThat(draft.maySubmit(EH_TEAM)).isTrue();
        assertThat(draft.maySubmit(SOCIAL_WORKER)).isFalse();
        assertThat(draft.maySubmit(new Caller("hv", "isle-of-wight", "health", Set.of("practitioner")))).isFalse();
    }

    @Test
    void theEventsCarryIdsCodesAndFlagsNeverTheConcerns() {
        StepUpReferral referral = submitted();
        referral.decide(ReferralDecision.CHILD_PROTECTION_S47, LocalDate.of(2027, 5, 11), true, SOCIAL_WORKER, CLOCK);
        assertThat(ReferralEvents.submitted(referral).toString()).doesNotContain("Bruising", "Family plan since March");
        assertThat(ReferralEvents.decided(referral).decision()).isEqualTo("CHILD_PROTECTION_S47");
        assertThat(ReferralEvents.decided(referral).referrerUserId()).isEqualTo("teacher");
        assertThat(ReferralEvents.submitted(referral).referredOn()).isEqualTo(REFERRED_ON);
        assertThat(ReferralEvents.submitted(referral).submittedAt()).isEqualTo(SUBMITTED_AT);
    }
}
