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
}
