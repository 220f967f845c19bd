package org.earlyhelp.referral.stepdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.earlyhelp.platform.problem.ConflictingState;
import org.earlyhelp.platform.problem.RuleViolation;
import org.earlyhelp.platform.security.Caller;
import org.junit.jupiter.api.Test;

class StepDownTest {

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
                        LocalDate.of(2027, 7, 1))));
    }

    @Test
    void aProposalWithoutTheFamilysConsentIsRefused() {
        assertThatThrownBy(() -> StepDown.propose(proposal(false), SOCIAL_WORKER, Instant.now()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("familyConsented");
        assertThatThrownBy(() -> StepDown.propose(proposal(null), SOCIAL_WORKER, Instant.now()))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void aConsentedProposalIsProposedInTheCallersArea() {
        StepDown stepDown = StepDown.propose(proposal(true), SOCIAL_WORKER, Instant.now());
        assertThat(stepDown.status()).isEqualTo(StepDownStatus.PROPOSED);
        assertThat(stepDown.area()).isEqualTo("isle-of-wight");
        assertThat(stepDown.leadProfessional()).isNull();
    }

    @Test
    void theProposedLeadProfessionalOrTheAreasEarlyHelpTeamMayAcceptNobodyElse() {
        StepDown stepDown = StepDown.propose(proposal(true), SOCIAL_WORKER, Instant.now());
        assertThat(stepDown.mayBeAcceptedBy(TEACHER)).isTrue();
        assertThat(stepDown.mayBeAcceptedBy(EH_TEAM)).isTrue();
        assertThat(stepDown.mayBeAcceptedBy(STRANGER)).isFalse();
        assertThat(stepDown.mayBeAcceptedBy(OTHER_AREA_TEAM)).isFalse();
    }

    @Test
    void acceptanceRecordsTheAgreedLeadProfessionalDefaultingToTheProposedOne() {
        StepDown stepDown = StepDown.propose(proposal(true), SOCIAL_WORKER, Instant.now());
        stepDown.accept(LocalDate.of(2027, 3, 22), null, TEACHER);
        assertThat(stepDown.status()).isEqualTo(StepDownStatus.ACCEPTED);
        assertThat(stepDown.acceptedOn()).isEqualTo(LocalDate.of(2027, 3, 22));
        assertThat(stepDown.leadProfessional()).isEqualTo(TEACHER_LP);
    }

    @Test
    void aStepDownIsAcceptedOnceASecondAcceptanceIsAConflict() {
        StepDown stepDown = StepDown.propose(proposal(true), SOCIAL_WORKER, Instant.now());
        stepDown.accept(LocalDate.of(2027, 3, 22), TEACHER_LP, TEACHER);
        assertThatThrownBy(() -> stepDown.accept(LocalDate.of(2027, 3, 23), TEACHER_LP, EH_TEAM))
                .isInstanceOf(ConflictingState.class);
        assertThat(stepDown.acceptedOn()).isEqualTo(LocalDate.of(2027, 3, 22));
    }

    @Test
    void onlyThePeopleInvolvedAndTheAreasTeamSeeAStepDown() {
        StepDown stepDown = StepDown.propose(proposal(true), SOCIAL_WORKER, Instant.now());
        assertThat(stepDown.isVisibleTo(SOCIAL_WORKER)).isTrue();
        assertThat(stepDown.isVisibleTo(TEACHER)).isTrue();
        assertThat(stepDown.isVisibleTo(EH_TEAM)).isTrue();
        assertThat(stepDown.isVisibleTo(STRANGER)).isFalse();
        assertThat(stepDown.isVisibleTo(OTHER_AREA_TEAM)).isFalse();
    }

    static StepDown.Proposal proposalWithGoal(CarriedOverGoal goal) {
        StepDown.Proposal p = proposal(true);
        return new StepDown.Proposal(p.familyId(), p.childMemberIds(), p.cscCaseReference(), p.socialWorker(), p.reason(), true,
                p.proposedLeadProfessional(), p.warmHandoverOn(), List.of(goal));
    }

    static final Instant PROPOSED_AT = Instant.parse("2027-03-01T10:00:00Z");

    @Test
    void aGoalCarriedOverMustAnswerAKnownNeedIndicator() {
        assertThatThrownBy(() -> StepDown.propose(proposalWithGoal(new CarriedOverGoal("NOT_A_NEED", "x", "y", LocalDate.of(2027, 7, 1))),
                SOCIAL_WORKER, PROPOSED_AT)).isInstanceOf(RuleViolation.class).hasMessageContaining("goalsCarriedOver[0].needIndicator");
    }

    @Test
    void aGoalCarriedOverMustHaveATargetDateStillToCome() {
        assertThatThrownBy(() -> StepDown.propose(proposalWithGoal(new CarriedOverGoal("PERSISTENT_ABSENCE", "x", "y", LocalDate.of(2027, 2, 28))),
                SOCIAL_WORKER, PROPOSED_AT)).isInstanceOf(RuleViolation.class).hasMessageContaining("goalsCarriedOver[0].targetDate");
        assertThat(StepDown.propose(proposalWithGoal(new CarriedOverGoal("PERSISTENT_ABSENCE", "x", "y", LocalDate.of(2027, 3, 1))),
                SOCIAL_WORKER, PROPOSED_AT).status()).isEqualTo(StepDownStatus.PROPOSED);
    }

    @Test
    void earlyHelpMayDeclineAProposalWithItsReasonOnce() {
        StepDown stepDown = StepDown.propose(proposal(true), SOCIAL_WORKER, PROPOSED_AT);
        stepDown.decline(LocalDate.of(2027, 3, 5), "No capacity in the school this term", TEACHER);
        assertThat(stepDown.status()).isEqualTo(StepDownStatus.DECLINED);
        assertThat(stepDown.declineReason()).isEqualTo("No capacity in the school this term");
        assertThatThrownBy(() -> stepDown.decline(LocalDate.of(2027, 3, 6), "again", EH_TEAM)).isInstanceOf(ConflictingState.class);
    }

    @Test
    void aDeclinedOrWithdrawnStepDownCannotBeAccepted() {
        StepDown declined = StepDown.propose(proposal(true), SOCIAL_WORKER, PROPOSED_AT);
        declined.decline(LocalDate.of(2027, 3, 5), "No capacity", TEACHER);
        assertThatThrownBy(() -> declined.accept(LocalDate.of(2027, 3, 6), null, TEACHER)).isInstanceOf(ConflictingState.class)
                .hasMessageContaining("declined");
        StepDown withdrawn = StepDown.propose(proposal(true), SOCIAL_WORKER, PROPOSED_AT);
        withdrawn.withdraw(LocalDate.of(2027, 3, 5), "Family moved away", SOCIAL_WORKER);
        assertThatThrownBy(() -> withdrawn.accept(LocalDate.of(2027, 3, 6), null, TEACHER)).isInstanceOf(ConflictingState.class)
                .hasMessageContaining("withdrawn");
    }

    @Test
    void anAcceptedStepDownCanNeitherBeDeclinedNorWithdrawn() {
        StepDown stepDown = StepDown.propose(proposal(true), SOCIAL_WORKER, PROPOSED_AT);
        stepDown.accept(LocalDate.of(2027, 3, 22), null, TEACHER);
        assertThatThrownBy(() -> stepDown.decline(LocalDate.of(2027, 3, 23), "late", TEACHER)).isInstanceOf(ConflictingState.class);
        assertThatThrownBy(() -> stepDown.withdraw(LocalDate.of(2027, 3, 23), "late", SOCIAL_WORKER)).isInstanceOf(ConflictingState.class);
    }

    @Test
    void aWithdrawnStepDownCannotBeWithdrawnAgainOrDeclined() {
        StepDown stepDown = StepDown.propose(proposal(true), SOCIAL_WORKER, PROPOSED_AT);
        stepDown.withdraw(LocalDate.of(2027, 3, 5), "Family moved away", SOCIAL_WORKER);
        assertThat(stepDown.status()).isEqualTo(StepDownStatus.WITHDRAWN);
        assertThatThrownBy(() -> stepDown.withdraw(LocalDate.of(2027, 3, 6), "again", SOCIAL_WORKER)).isInstanceOf(ConflictingState.class);
        assertThatThrownBy(() -> stepDown.decline(LocalDate.of(2027, 3, 6), "no", TEACHER)).isInstanceOf(ConflictingState.class);
    }

    @Test
    void onlyTheSocialWorkerWhoProposedItMayWithdrawIt() {
        StepDown stepDown = StepDown.propose(proposal(true), SOCIAL_WORKER, PROPOSED_AT);
        assertThat(stepDown.mayBeWithdrawnBy(SOCIAL_WORKER)).isTrue();
        assertThat(stepDown.mayBeWithdrawnBy(new Caller("sw2", "isle-of-wight", "childrens-social-care", Set.of("social-worker")))).isFalse();
        assertThat(stepDown.mayBeWithdrawnBy(TEACHER)).isFalse();
        assertThat(stepDown.mayBeWithdrawnBy(EH_TEAM)).isFalse();
    }
}
