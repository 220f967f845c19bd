package org.earlyhelp.referral.stepdown;

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

/** The step-down's rules and state machine. A fixed clock: "today" is 25 March 2027, whatever day the suite runs. */
class StepDownTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2027-03-25T10:00:00Z"), ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.of(2027, 3, 25);
    static final LocalDate PROPOSED_ON = LocalDate.of(2027, 3, 1);

    static final Caller SOCIAL_WORKER = new Caller("sw", "isle-of-wight", "childrens-social-care", Set.of("social-worker"));
    static final Caller TEACHER = new Caller("teacher", "isle-of-wight", "school", Set.of("practitioner"));
    static final Caller STRANGER = new Caller("stranger", "isle-of-wight", "police", Set.of("practitioner"));
    static final Caller EH_TEAM = new Caller("ehteam", "isle-of-wight", "early-help", Set.of("early-help-team"));
    static final Caller OTHER_AREA_TEAM = new Caller("eh2", "southampton", "early-help", Set.of("early-help-team"));
    static final ProfessionalRef TEACHER_LP = new ProfessionalRef("teacher", "Tess Teacher", "school", "Designated safeguarding lead");

    static StepDown.Proposal proposal(Boolean consented) {
        return new StepDown.Proposal(UUID.randomUUID(), List.of(UUID.randomUUID()), "CSC-1", new SocialWorkerRef("sw", "Sam Social"),
                "Needs met below threshold", consented, TEACHER_LP, LocalDate.of(2027, 3, 15),
                List.of(new CarriedOverGoal("PERSISTENT_ABSENCE", "Back in school every day", "Attendance above 95%",
                        LocalDate.of(2027, 7, 1))), PROPOSED_ON);
    }

    @Test
    void aProposalWithoutTheFamilysConsentIsRefused() {
        assertThatThrownBy(() -> StepDown.propose(proposal(false), SOCIAL_WORKER, CLOCK))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("familyConsented");
        assertThatThrownBy(() -> StepDown.propose(proposal(null), SOCIAL_WORKER, CLOCK))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void aConsentedProposalIsProposedInTheCallersArea() {
        StepDown stepDown = StepDown.propose(proposal(true), SOCIAL_WORKER, CLOCK);
        assertThat(stepDown.status()).isEqualTo(StepDownStatus.PROPOSED);
        assertThat(stepDown.area()).isEqualTo("isle-of-wight");
        assertThat(stepDown.leadProfessional()).isNull();
    }

    @Test
    void theProposedLeadProfessionalOrTheAreasEarlyHelpTeamMayAcceptNobodyElse() {
        StepDown stepDown = StepDown.propose(proposal(true), SOCIAL_WORKER, CLOCK);
        assertThat(stepDown.mayBeAcceptedBy(TEACHER)).isTrue();
        assertThat(stepDown.mayBeAcceptedBy(EH_TEAM)).isTrue();
        assertThat(stepDown.mayBeAcceptedBy(STRANGER)).isFalse();
        assertThat(stepDown.mayBeAcceptedBy(OTHER_AREA_TEAM)).isFalse();
    }

    @Test
    void acceptanceRecordsTheAgreedLeadProfessionalDefaultingToTheProposedOne() {
        StepDown stepDown = StepDown.propose(proposal(true), SOCIAL_WORKER, CLOCK);
        stepDown.accept(LocalDate.of(2027, 3, 22), null, TEACHER, CLOCK);
        assertThat(stepDown.status()).isEqualTo(StepDownStatus.ACCEPTED);
        assertThat(stepDown.acceptedOn()).isEqualTo(LocalDate.of(2027, 3, 22));
        assertThat(stepDown.leadProfessional()).isEqualTo(TEACHER_LP);
    }

    @Test
    void aStepDownIsAcceptedOnceASecondAcceptanceIsAConflict() {
        StepDown stepDown = StepDown.propose(proposal(true), SOCIAL_WORKER, CLOCK);
        stepDown.accept(LocalDate.of(2027, 3, 22), TEACHER_LP, TEACHER, CLOCK);
        assertThatThrownBy(() -> stepDown.accept(LocalDate.of(2027, 3, 23), TEACHER_LP, EH_TEAM, CLOCK))
                .isInstanceOf(ConflictingState.class);
        assertThat(stepDown.acceptedOn()).isEqualTo(LocalDate.of(2027, 3, 22));
    }

    @Test
    void onlyThePeopleInvolvedAndTheAreasTeamSeeAStepDown() {
        StepDown stepDown = StepDown.propose(proposal(true), SOCIAL_WORKER, CLOCK);
        assertThat(stepDown.isVisibleTo(SOCIAL_WORKER)).isTrue();
        assertThat(stepDown.isVisibleTo(TEACHER)).isTrue();
        assertThat(stepDown.isVisibleTo(EH_TEAM)).isTrue();
        assertThat(stepDown.isVisibleTo(STRANGER)).isFalse();
        assertThat(stepDown.isVisibleTo(OTHER_AREA_TEAM)).isFalse();
    }

    static StepDown.Proposal proposalWithGoal(CarriedOverGoal goal) {
        StepDown.Proposal p = proposal(true);
        return new StepDown.Proposal(p.familyId(), p.childMemberIds(), p.cscCaseReference(), p.socialWorker(), p.reason(), true,
                p.proposedLeadProfessional(), p.warmHandoverOn(), List.of(goal), p.proposedOn());
    }

    static StepDown.Proposal proposalOn(LocalDate proposedOn, LocalDate warmHandoverOn, LocalDate targetDate) {
        StepDown.Proposal p = proposal(true);
        return new StepDown.Proposal(p.familyId(), p.childMemberIds(), p.cscCaseReference(), p.socialWorker(), p.reason(), true,
                p.proposedLeadProfessional(), warmHandoverOn,
                List.of(new CarriedOverGoal("PERSISTENT_ABSENCE", "Back in school every day", "Attendance above 95%", targetDate)),
                proposedOn);
    }

    static void assertDateRule(org.assertj.core.api.ThrowableAssert.ThrowingCallable write, String rule, String field) {
        assertThatThrownBy(write).isInstanceOfSatisfying(RecordedDates.DateRuleViolation.class, e -> {
            assertThat(e.rule()).isEqualTo(rule);
            assertThat(e.field()).isEqualTo(field);
        });
    }

    @Test
    void aGoalCarriedOverMustAnswerAKnownNeedIndicator() {
        assertThatThrownBy(() -> StepDown.propose(proposalWithGoal(new CarriedOverGoal("NOT_A_NEED", "x", "y", LocalDate.of(2027, 7, 1))),
                SOCIAL_WORKER, CLOCK)).isInstanceOf(RuleViolation.class).hasMessageContaining("goalsCarriedOver[0].needIndicator");
    }

    @Test
    @DisplayName("a goal's target date before proposedOn is 422 target-date-after-proposal naming the goal's field; proposedOn itself is fine")
    void aGoalCarriedOverMustHaveATargetDateNotBeforeTheProposal() {
        assertDateRule(() -> StepDown.propose(proposalWithGoal(new CarriedOverGoal("PERSISTENT_ABSENCE", "x", "y", PROPOSED_ON.minusDays(1))),
                SOCIAL_WORKER, CLOCK), "target-date-after-proposal", "goalsCarriedOver[0].targetDate");
        assertThat(StepDown.propose(proposalWithGoal(new CarriedOverGoal("PERSISTENT_ABSENCE", "x", "y", PROPOSED_ON)),
                SOCIAL_WORKER, CLOCK).status()).isEqualTo(StepDownStatus.PROPOSED);
    }

    @Test
    @DisplayName("a step-down recorded after the handover, with a goal whose target date has passed by now, is accepted: a planned date is never compared with the clock")
    void aTargetDateThatHasPassedByNowIsFineWhenItFollowsTheProposal() {
        StepDown stepDown = StepDown.propose(proposalOn(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 16), LocalDate.of(2026, 7, 17)),
                SOCIAL_WORKER, CLOCK);
        assertThat(stepDown.proposedOn()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(stepDown.goalsCarriedOver().get(0).targetDate()).isBefore(TODAY);
        stepDown.accept(LocalDate.of(2026, 3, 23), null, TEACHER, CLOCK);
        assertThat(stepDown.acceptedOn()).isEqualTo(LocalDate.of(2026, 3, 23));
    }

    @Test
    @DisplayName("proposedOn defaults to today; after today is 422 recorded-date-not-after-today naming proposedOn")
    void proposedOnIsARecordedDate() {
        assertThat(StepDown.propose(proposalOn(null, null, TODAY.plusWeeks(8)), SOCIAL_WORKER, CLOCK).proposedOn()).isEqualTo(TODAY);
        assertThat(StepDown.propose(proposalOn(TODAY, null, TODAY), SOCIAL_WORKER, CLOCK).proposedOn()).isEqualTo(TODAY);
        assertDateRule(() -> StepDown.propose(proposalOn(TODAY.plusDays(1), null, TODAY.plusWeeks(8)), SOCIAL_WORKER, CLOCK),
                "recorded-date-not-after-today", "proposedOn");
    }

    @Test
    @DisplayName("a warm handover before proposedOn is 422 handover-after-proposal; on the day or later (even after today) it is fine")
    void theWarmHandoverFollowsTheProposal() {
        assertDateRule(() -> StepDown.propose(proposalOn(PROPOSED_ON, PROPOSED_ON.minusDays(1), TODAY.plusWeeks(8)), SOCIAL_WORKER, CLOCK),
                "handover-after-proposal", "warmHandoverOn");
        assertThat(StepDown.propose(proposalOn(PROPOSED_ON, PROPOSED_ON, TODAY.plusWeeks(8)), SOCIAL_WORKER, CLOCK).warmHandoverOn())
                .isEqualTo(PROPOSED_ON);
        assertThat(StepDown.propose(proposalOn(PROPOSED_ON, TODAY.plusWeeks(2), TODAY.plusWeeks(8)), SOCIAL_WORKER, CLOCK).warmHandoverOn())
                .isEqualTo(TODAY.plusWeeks(2));
    }

    @Test
    @DisplayName("acceptedOn, declinedOn, withdrawnOn: after today 422 recorded-date-not-after-today, before proposedOn 422 naming the answer's rule; still PROPOSED after either")
    void theAnswersAreRecordedDatesThatFollowTheProposal() {
        StepDown stepDown = StepDown.propose(proposal(true), SOCIAL_WORKER, CLOCK);
        assertDateRule(() -> stepDown.accept(TODAY.plusDays(1), null, TEACHER, CLOCK), "recorded-date-not-after-today", "acceptedOn");
        assertDateRule(() -> stepDown.accept(PROPOSED_ON.minusDays(1), null, TEACHER, CLOCK), "acceptance-after-proposal", "acceptedOn");
        assertDateRule(() -> stepDown.decline(TODAY.plusDays(1), "x", TEACHER, CLOCK), "recorded-date-not-after-today", "declinedOn");
        assertDateRule(() -> stepDown.decline(PROPOSED_ON.minusDays(1), "x", TEACHER, CLOCK), "decline-after-proposal", "declinedOn");
        assertDateRule(() -> stepDown.withdraw(TODAY.plusDays(1), "x", SOCIAL_WORKER, CLOCK), "recorded-date-not-after-today", "withdrawnOn");
        assertDateRule(() -> stepDown.withdraw(PROPOSED_ON.minusDays(1), "x", SOCIAL_WORKER, CLOCK), "withdrawal-after-proposal", "withdrawnOn");
        assertThat(stepDown.status()).isEqualTo(StepDownStatus.PROPOSED);
        assertThat(stepDown.acceptedOn()).isNull();
        assertThat(stepDown.declinedOn()).isNull();
        assertThat(stepDown.withdrawnOn()).isNull();
        assertThat(stepDown.leadProfessional()).isNull();

        stepDown.accept(PROPOSED_ON, null, TEACHER, CLOCK);
        assertThat(stepDown.acceptedOn()).isEqualTo(PROPOSED_ON);
        StepDown declined = StepDown.propose(proposal(true), SOCIAL_WORKER, CLOCK);
        declined.decline(TODAY, "No capacity", TEACHER, CLOCK);
        assertThat(declined.declinedOn()).isEqualTo(TODAY);
        StepDown withdrawn = StepDown.propose(proposal(true), SOCIAL_WORKER, CLOCK);
        withdrawn.withdraw(PROPOSED_ON, "Moved away", SOCIAL_WORKER, CLOCK);
        assertThat(withdrawn.withdrawnOn()).isEqualTo(PROPOSED_ON);
    }

    @Test
    void earlyHelpMayDeclineAProposalWithItsReasonOnce() {
        StepDown stepDown = StepDown.propose(proposal(true), SOCIAL_WORKER, CLOCK);
        stepDown.decline(LocalDate.of(2027, 3, 5), "No capacity in the school this term", TEACHER, CLOCK);
        assertThat(stepDown.status()).isEqualTo(StepDownStatus.DECLINED);
        assertThat(stepDown.declineReason()).isEqualTo("No capacity in the school this term");
        assertThatThrownBy(() -> stepDown.decline(LocalDate.of(2027, 3, 6), "again", EH_TEAM, CLOCK)).isInstanceOf(ConflictingState.class);
    }

    @Test
    void aDeclinedOrWithdrawnStepDownCannotBeAccepted() {
        StepDown declined = StepDown.propose(proposal(true), SOCIAL_WORKER, CLOCK);
        declined.decline(LocalDate.of(2027, 3, 5), "No capacity", TEACHER, CLOCK);
        assertThatThrownBy(() -> declined.accept(LocalDate.of(2027, 3, 6), null, TEACHER, CLOCK)).isInstanceOf(ConflictingState.class)
                .hasMessageContaining("declined");
        StepDown withdrawn = StepDown.propose(proposal(true), SOCIAL_WORKER, CLOCK);
        withdrawn.withdraw(LocalDate.of(2027, 3, 5), "Family moved away", SOCIAL_WORKER, CLOCK);
        assertThatThrownBy(() -> withdrawn.accept(LocalDate.of(2027, 3, 6), null, TEACHER, CLOCK)).isInstanceOf(ConflictingState.class)
                .hasMessageContaining("withdrawn");
    }

    @Test
    void anAcceptedStepDownCanNeitherBeDeclinedNorWithdrawn() {
        StepDown stepDown = StepDown.propose(proposal(true), SOCIAL_WORKER, CLOCK);
        stepDown.accept(LocalDate.of(2027, 3, 22), null, TEACHER, CLOCK);
        assertThatThrownBy(() -> stepDown.decline(LocalDate.of(2027, 3, 23), "late", TEACHER, CLOCK)).isInstanceOf(ConflictingState.class);
        assertThatThrownBy(() -> stepDown.withdraw(LocalDate.of(2027, 3, 23), "late", SOCIAL_WORKER, CLOCK)).isInstanceOf(ConflictingState.class);
    }

    @Test
    void aWithdrawnStepDownCannotBeWithdrawnAgainOrDeclined() {
        StepDown stepDown = StepDown.propose(proposal(true), SOCIAL_WORKER, CLOCK);
        stepDown.withdraw(LocalDate.of(2027, 3, 5), "Family moved away", SOCIAL_WORKER, CLOCK);
        assertThat(stepDown.status()).isEqualTo(StepDownStatus.WITHDRAWN);
        assertThatThrownBy(() -> stepDown.withdraw(LocalDate.of(2027, 3, 6), "again", SOCIAL_WORKER, CLOCK)).isInstanceOf(ConflictingState.class);
        assertThatThrownBy(() -> stepDown.decline(LocalDate.of(2027, 3, 6), "no", TEACHER, CLOCK)).isInstanceOf(ConflictingState.class);
    }

    @Test
    void onlyTheSocialWorkerWhoProposedItMayWithdrawIt() {
        StepDown stepDown = StepDown.propose(proposal(true), SOCIAL_WORKER, CLOCK);
        assertThat(stepDown.mayBeWithdrawnBy(SOCIAL_WORKER)).isTrue();
        assertThat(stepDown.mayBeWithdrawnBy(new Caller("sw2", "isle-of-wight", "childrens-social-care", Set.of("social-worker")))).isFalse();
        assertThat(stepDown.mayBeWithdrawnBy(TEACHER)).isFalse();
        assertThat(stepDown.mayBeWithdrawnBy(EH_TEAM)).isFalse();
    }
}
