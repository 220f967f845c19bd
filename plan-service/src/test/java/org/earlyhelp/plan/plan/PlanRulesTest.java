package org.earlyhelp.plan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.earlyhelp.events.plan.LeadProfessionalChangedV1;
import org.earlyhelp.events.plan.PlanClosedV1;
import org.earlyhelp.events.plan.ReviewHeldV1;
import org.earlyhelp.events.plan.ReviewScheduledV1;
import org.earlyhelp.plan.timescales.BankHolidays;
import org.earlyhelp.plan.timescales.Timescales;
import org.earlyhelp.platform.problem.ConflictingState;
import org.earlyhelp.platform.problem.RuleViolation;
import org.junit.jupiter.api.Test;

class PlanRulesTest {

    static final LeadProfessional TEACHER = new LeadProfessional("teacher", "Tess Teacher", "school", "DSL");
    static final Timescales ENGLAND = Timescales.defaults(BankHolidays.ENGLAND_AND_WALES);

    FamilyPlan plan() {
        return FamilyPlan.open("isle-of-wight", UUID.randomUUID(), PlanOriginKind.STEP_DOWN, UUID.randomUUID(), TEACHER,
                LocalDate.of(2027, 3, 22), List.of(), LocalDate.of(2027, 4, 21)).plan();
    }

    @Test
    void aGoalAnswersAKnownNeedAndIsDueAfterThePlanOpened() {
        FamilyPlan plan = plan();
        assertThatThrownBy(() -> plan.addGoal(new GoalDraft("SADNESS", "d", "m", LocalDate.of(2027, 6, 1), false)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("SADNESS");
        assertThatThrownBy(() -> plan.addGoal(new GoalDraft("HOUSING", "d", "m", LocalDate.of(2027, 3, 22), false)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("targetDate");
        assertThat(plan.addGoal(new GoalDraft("HOUSING", "Dry home", "Damp fixed", LocalDate.of(2027, 6, 1), false)).needIndicator())
                .isEqualTo("HOUSING");
    }

    @Test
    void anActionIsOwnedByTheFamilyOrSomeoneInTheTeam() {
        FamilyPlan plan = plan();
        Goal goal = plan.addGoal(new GoalDraft("HOUSING", "Dry home", "Damp fixed", LocalDate.of(2027, 6, 1), false));
        assertThat(plan.addAction(goal.id(), "Call the landlord", new ActionOwner("Mum", "family"), LocalDate.of(2027, 4, 1))).isNotNull();
        assertThat(plan.addAction(goal.id(), "Attendance check", new ActionOwner("Tess", "school"), LocalDate.of(2027, 4, 1))).isNotNull();
        assertThatThrownBy(() -> plan.addAction(goal.id(), "Visit", new ActionOwner("Hal", "housing"), LocalDate.of(2027, 4, 1)))
                .isInstanceOf(RuleViolation.class);
        plan.replaceTeam(List.of(new TeamMember("hal", "Hal Housing", "housing", "Housing officer")));
        assertThat(plan.addAction(goal.id(), "Visit", new ActionOwner("Hal", "housing"), LocalDate.of(2027, 4, 1))).isNotNull();
    }

    @Test
    void aHandoverChangesTheLeadKeepsHistoryAndRaisesLeadProfessionalChanged() {
        FamilyPlan plan = plan();
        LeadProfessional hv = new LeadProfessional("hv", "Harriet Visitor", "health", "Health visitor");
        FamilyPlan.Change change = plan.handOver(hv, LocalDate.of(2027, 4, 2), "Met the family together", "teacher", Instant.now());
        assertThat(plan.leadProfessional()).isEqualTo(hv);
        assertThat(plan.handovers()).singleElement().satisfies(h -> assertThat(h.fromUserId()).isEqualTo("teacher"));
        assertThat(change.events()).singleElement().isInstanceOf(LeadProfessionalChangedV1.class);
        assertThatThrownBy(() -> plan.handOver(hv, null, null, "hv", Instant.now())).isInstanceOf(RuleViolation.class);
    }

    @Test
    void continueSchedulesTheNextReviewSixWeeksOnByDefaultAndTheRevisedPlanWithinTenWorkingDays() {
        FamilyPlan plan = plan();
        UUID initial = plan.nextReview().orElseThrow().id();
        FamilyPlan.Change change = plan.holdReview(initial, new ReviewOutcome(LocalDate.of(2027, 4, 20), List.of("teacher", "Mum"),
                List.of(), "Going better", ReviewDecision.CONTINUE, null), ENGLAND, "teacher");
        assertThat(plan.nextReview().orElseThrow().dueBy()).isEqualTo(LocalDate.of(2027, 6, 1));
        assertThat(plan.nextReview().orElseThrow().kind()).isEqualTo(ReviewKind.REGULAR);
        assertThat(plan.revisedPlanDueBy()).isEqualTo(LocalDate.of(2027, 5, 5)); // 3 May is a bank holiday
        assertThat(change.events()).hasSize(2).first().isInstanceOfSatisfying(ReviewHeldV1.class,
                e -> assertThat(e.decision()).isEqualTo("CONTINUE"));
        assertThat(change.events().get(1)).isInstanceOf(ReviewScheduledV1.class);
    }

    @Test
    void aNextReviewMoreThanTwelveWeeksAwayIsRefusedExactlyTwelveIsAllowed() {
        FamilyPlan plan = plan();
        UUID initial = plan.nextReview().orElseThrow().id();
        LocalDate held = LocalDate.of(2027, 4, 20);
        assertThatThrownBy(() -> plan.holdReview(initial, new ReviewOutcome(held, List.of(), List.of(), null, ReviewDecision.CONTINUE,
                held.plusDays(85)), ENGLAND, "teacher")).isInstanceOf(RuleViolation.class).hasMessageContaining("12 weeks");
        plan.holdReview(initial, new ReviewOutcome(held, List.of(), List.of(), null, ReviewDecision.CONTINUE, held.plusDays(84)), ENGLAND, "teacher");
        assertThat(plan.nextReview().orElseThrow().dueBy()).isEqualTo(held.plusDays(84));
    }

    @Test
    void aReviewRecordsProgressOnEveryActionAndIsHeldOnce() {
        FamilyPlan plan = plan();
        Goal goal = plan.addGoal(new GoalDraft("HOUSING", "Dry home", "Damp fixed", LocalDate.of(2027, 6, 1), false));
        Action action = plan.addAction(goal.id(), "Call the landlord", new ActionOwner("Mum", "family"), LocalDate.of(2027, 4, 1));
        UUID initial = plan.nextReview().orElseThrow().id();
        assertThatThrownBy(() -> plan.holdReview(initial, new ReviewOutcome(LocalDate.of(2027, 4, 20), List.of(), List.of(), null,
                ReviewDecision.CONTINUE, null), ENGLAND, "teacher")).isInstanceOf(RuleViolation.class).hasMessageContaining(action.id().toString());
        plan.holdReview(initial, new ReviewOutcome(LocalDate.of(2027, 4, 20), List.of(),
                List.of(new ReviewOutcome.ActionProgress(action.id(), ActionStatus.DONE, "Landlord came")), null, ReviewDecision.STEP_UP, null),
                ENGLAND, "teacher");
        assertThat(goal.actions().get(0).status()).isEqualTo(ActionStatus.DONE);
        assertThat(plan.isActive()).isTrue();
        assertThatThrownBy(() -> plan.holdReview(initial, new ReviewOutcome(LocalDate.of(2027, 4, 21), List.of(),
                List.of(new ReviewOutcome.ActionProgress(action.id(), ActionStatus.DONE, null)), null, ReviewDecision.CONTINUE, null),
                ENGLAND, "teacher")).isInstanceOf(ConflictingState.class);
    }

    @Test
    void aCloseDecisionSetsTheClosureSummaryDueAndClosureMakesThePlanReadOnly() {
        FamilyPlan plan = plan();
        UUID initial = plan.nextReview().orElseThrow().id();
        plan.holdReview(initial, new ReviewOutcome(LocalDate.of(2027, 4, 20), List.of(), List.of(), null, ReviewDecision.CLOSE, null),
                ENGLAND, "teacher");
        assertThat(plan.closureSummaryDueBy()).isEqualTo(LocalDate.of(2027, 4, 22));
        assertThat(plan.nextReview()).isEmpty();
        FamilyPlan.Change closed = plan.close(ClosureReason.OUTCOMES_ACHIEVED, LocalDate.of(2027, 4, 21), "Attendance is back to 96%");
        assertThat(plan.status()).isEqualTo(PlanStatus.CLOSED);
        assertThat(closed.events()).singleElement().isInstanceOfSatisfying(PlanClosedV1.class,
                e -> assertThat(e.reason()).isEqualTo("OUTCOMES_ACHIEVED"));
        assertThatThrownBy(() -> plan.addGoal(new GoalDraft("HOUSING", "d", "m", LocalDate.of(2027, 6, 1), false)))
                .isInstanceOf(ConflictingState.class);
        assertThatThrownBy(() -> plan.close(ClosureReason.OTHER, LocalDate.of(2027, 4, 22), "x")).isInstanceOf(ConflictingState.class);
    }
}
