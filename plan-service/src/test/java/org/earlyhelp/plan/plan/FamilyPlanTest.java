package org.earlyhelp.plan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.earlyhelp.events.plan.LeadProfessionalChangedV1;
import org.earlyhelp.events.plan.PlanOpenedV1;
import org.earlyhelp.events.plan.ReviewScheduledV1;
import org.earlyhelp.platform.security.Caller;
import org.junit.jupiter.api.Test;

class FamilyPlanTest {

    /** Plans opened from events in March 2027, seen from a fixed day after them: nothing here depends on the real today. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2027-07-02T09:30:00Z"), ZoneOffset.UTC);

    static final LeadProfessional TEACHER = new LeadProfessional("teacher", "Tess Teacher", "school", "DSL");
    static final LeadProfessional HV = new LeadProfessional("hv", "Harriet Visitor", "health", "Health visitor");
    static final GoalDraft ATTENDANCE = new GoalDraft("PERSISTENT_ABSENCE", "Back in school", "95% attendance", LocalDate.of(2027, 7, 1), false);
    static final GoalDraft ROUTINES = new GoalDraft("BOUNDARIES_AND_ROUTINES", "Bedtime routine", "Asleep by 8pm", LocalDate.of(2027, 6, 1), false);

    FamilyPlan.Change openFromStepDown(LocalDate initialReviewDue) {
        return FamilyPlan.open("isle-of-wight", UUID.randomUUID(), PlanOriginKind.STEP_DOWN, UUID.randomUUID(), TEACHER,
                LocalDate.of(2027, 3, 22), List.of(ATTENDANCE), initialReviewDue, CLOCK);
    }

    @Test
    void anOpenedPlanIsActiveWithItsGoalsAndAnInitialReviewAndRaisesPlanOpenedThenReviewScheduled() {
        FamilyPlan.Change change = openFromStepDown(LocalDate.of(2027, 4, 21));
        FamilyPlan plan = change.plan();
        assertThat(plan.isActive()).isTrue();
        assertThat(plan.goals()).extracting(Goal::needIndicator).containsExactly("PERSISTENT_ABSENCE");
        assertThat(plan.nextReview()).get().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(ReviewKind.INITIAL);
            assertThat(r.dueBy()).isEqualTo(LocalDate.of(2027, 4, 21));
        });
        assertThat(change.events()).hasSize(2);
        assertThat(change.events().get(0)).isInstanceOfSatisfying(PlanOpenedV1.class, e -> {
            assertThat(e.origin()).isEqualTo("STEP_DOWN");
            assertThat(e.joined()).isFalse();
            assertThat(e.leadProfessional().userId()).isEqualTo("teacher");
        });
        assertThat(change.events().get(1)).isInstanceOfSatisfying(ReviewScheduledV1.class,
                e -> assertThat(e.dueBy()).isEqualTo(LocalDate.of(2027, 4, 21)));
    }

    @Test
    void aStepDownJoiningAnActivePlanAddsGoalsHandsOverAndBringsTheReviewForward() {
        FamilyPlan plan = openFromStepDown(LocalDate.of(2027, 5, 20)).plan();
        UUID stepDown = UUID.randomUUID();
        FamilyPlan.Change joined = plan.join(PlanOriginKind.STEP_DOWN, stepDown, HV, LocalDate.of(2027, 4, 1), List.of(ROUTINES),
                LocalDate.of(2027, 4, 30), CLOCK);
        assertThat(plan.goals()).hasSize(2);
        assertThat(plan.leadProfessional()).isEqualTo(HV);
        assertThat(plan.origins()).extracting(PlanOrigin::originRef).contains(stepDown);
        assertThat(plan.nextReview().orElseThrow().dueBy()).isEqualTo(LocalDate.of(2027, 4, 30));
        assertThat(plan.reviews()).hasSize(1);
        assertThat(joined.events()).hasAtLeastOneElementOfType(LeadProfessionalChangedV1.class)
                .hasAtLeastOneElementOfType(ReviewScheduledV1.class);
        assertThat(joined.events()).filteredOn(LeadProfessionalChangedV1.class::isInstance).map(LeadProfessionalChangedV1.class::cast)
                .singleElement().satisfies(e -> {
                    assertThat(e.from().userId()).isEqualTo("teacher");
                    assertThat(e.to().userId()).isEqualTo("hv");
                    assertThat(e.changedOn()).isEqualTo(LocalDate.of(2027, 4, 1)); // joinedOn
                });
    }

    @Test
    void aJoiningEventKeepsAReviewThatIsDueSooner() {
        FamilyPlan plan = openFromStepDown(LocalDate.of(2027, 4, 21)).plan();
        FamilyPlan.Change joined = plan.join(PlanOriginKind.ASSESSMENT, UUID.randomUUID(), null, LocalDate.of(2027, 4, 1),
                List.of(ROUTINES), LocalDate.of(2027, 4, 29), CLOCK);
        assertThat(plan.nextReview().orElseThrow().dueBy()).isEqualTo(LocalDate.of(2027, 4, 21));
        assertThat(plan.leadProfessional()).isEqualTo(TEACHER);
        assertThat(joined.events()).noneMatch(e -> e instanceof ReviewScheduledV1 || e instanceof LeadProfessionalChangedV1);
    }

    @Test
    void theLeadProfessionalAndTheAreasEarlyHelpTeamSeeThePlanOthersDoNot() {
        FamilyPlan plan = openFromStepDown(LocalDate.of(2027, 4, 21)).plan();
        assertThat(plan.isVisibleTo(new Caller("teacher", "isle-of-wight", "school", Set.of("practitioner")))).isTrue();
        assertThat(plan.isVisibleTo(new Caller("ehteam", "isle-of-wight", "early-help", Set.of("early-help-team")))).isTrue();
        assertThat(plan.isVisibleTo(new Caller("stranger", "isle-of-wight", "police", Set.of("practitioner")))).isFalse();
        assertThat(plan.isVisibleTo(new Caller("ehteam", "southampton", "early-help", Set.of("early-help-team")))).isFalse();
    }

    @Test
    void goalsAreAddedAtThePlatformClocksInstantNotTheWallClocks() {
        FamilyPlan plan = openFromStepDown(LocalDate.of(2027, 4, 21)).plan();
        assertThat(plan.goals()).extracting(Goal::addedAt).containsExactly(CLOCK.instant());
        plan.join(PlanOriginKind.ASSESSMENT, UUID.randomUUID(), null, LocalDate.of(2027, 4, 1), List.of(ROUTINES),
                LocalDate.of(2027, 4, 29), CLOCK);
        assertThat(plan.goals()).extracting(Goal::addedAt).containsOnly(CLOCK.instant());
    }

    @Test
    void aPlanFromAnEventOpensOnTheEventsOwnDateEvenOneAfterTodayAndIsNeverRefusedForIt() {
        // the service that raised the event checked its date; a consumer takes it as it comes (it must not 422)
        LocalDate acceptedLater = LocalDate.of(2027, 7, 5);
        FamilyPlan plan = FamilyPlan.open("isle-of-wight", UUID.randomUUID(), PlanOriginKind.STEP_DOWN, UUID.randomUUID(), TEACHER,
                acceptedLater, List.of(ATTENDANCE), LocalDate.of(2027, 8, 2), CLOCK).plan();
        assertThat(plan.openedOn()).isEqualTo(acceptedLater);
        assertThat(plan.origins()).extracting(PlanOrigin::joinedOn).containsExactly(acceptedLater);
    }
}
