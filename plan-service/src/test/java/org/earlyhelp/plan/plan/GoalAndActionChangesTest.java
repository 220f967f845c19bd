package org.earlyhelp.plan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.earlyhelp.events.plan.ActionChangedV1;
import org.earlyhelp.events.plan.ActionWithdrawnV1;
import org.earlyhelp.events.plan.GoalChangedV1;
import org.earlyhelp.events.plan.GoalWithdrawnV1;
import org.earlyhelp.platform.problem.ConflictingState;
import org.earlyhelp.platform.problem.RuleViolation;
import org.earlyhelp.platform.time.RecordedDates;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The rules of editing and withdrawing goals and actions (issue 18), on the domain classes alone: no database, a fixed clock. */
class GoalAndActionChangesTest {

    static final LeadProfessional TEACHER = new LeadProfessional("teacher", "Tess Teacher", "school", "DSL");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2027-07-02T09:00:00Z"), ZoneOffset.UTC);
    static final Instant NOW = CLOCK.instant();
    static final LocalDate OPENED = LocalDate.of(2027, 3, 22);

    FamilyPlan plan(GoalDraft... goals) {
        return FamilyPlan.open("isle-of-wight", UUID.randomUUID(), PlanOriginKind.ASSESSMENT, UUID.randomUUID(), TEACHER,
                OPENED, List.of(goals), LocalDate.of(2027, 4, 21), CLOCK).plan();
    }

    FamilyPlan planWithGoal() {
        return plan(new GoalDraft("HOUSING", "Dry home", "Damp fixed", LocalDate.of(2027, 6, 1), false));
    }

    static void rule(Throwable e, String rule) {
        if (e instanceof RuleViolation violation) {
            assertThat(violation.rule()).isEqualTo(rule);
        } else {
            assertThat(e).isInstanceOf(ConflictingState.class);
            assertThat(((ConflictingState) e).details()).containsEntry("rule", rule);
        }
    }

    @Test
    @DisplayName("editing a goal changes only the fields given, keeps the values before and after, and raises GoalChanged naming the fields only")
    void editingAGoalChangesTheFieldsGivenAndKeepsItsHistory() {
        FamilyPlan plan = planWithGoal();
        Goal goal = plan.goals().get(0);
        FamilyPlan.Change change = plan.editGoal(goal.id(), new GoalEdit(null, "No damp for 8 weeks", LocalDate.of(2027, 8, 1), null), "teacher", NOW);
        assertThat(goal.description()).isEqualTo("Dry home");
        assertThat(goal.measure()).isEqualTo("No damp for 8 weeks");
        assertThat(goal.targetDate()).isEqualTo(LocalDate.of(2027, 8, 1));
        assertThat(change.events()).singleElement().isInstanceOfSatisfying(GoalChangedV1.class, e -> {
            assertThat(e.goalId()).isEqualTo(goal.id());
            assertThat(e.changedFields()).containsExactly("measure", "targetDate");
            assertThat(e.toString()).doesNotContain("No damp").doesNotContain("Damp fixed");
        });
        assertThat(plan.changes()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(PlanChangeKind.GOAL_CHANGED);
            assertThat(c.byUserId()).isEqualTo("teacher");
            assertThat(c.at()).isEqualTo(NOW);
            assertThat(c.oldValues()).containsEntry("measure", "Damp fixed").containsEntry("targetDate", "2027-06-01");
            assertThat(c.newValues()).containsEntry("measure", "No damp for 8 weeks").containsEntry("targetDate", "2027-08-01");
        });
    }

    @Test
    @DisplayName("an edit that changes nothing records nothing and raises nothing; an edit naming no field is 422 change-names-a-field")
    void anEditThatChangesNothingRecordsNothing() {
        FamilyPlan plan = planWithGoal();
        Goal goal = plan.goals().get(0);
        assertThat(plan.editGoal(goal.id(), new GoalEdit("Dry home", null, null, null), "teacher", NOW).events()).isEmpty();
        assertThat(plan.changes()).isEmpty();
        assertThatThrownBy(() -> plan.editGoal(goal.id(), new GoalEdit(null, null, null, null), "teacher", NOW))
                .satisfies(e -> rule(e, FamilyPlan.CHANGE_NAMES_A_FIELD));
    }

    @Test
    @DisplayName("an edited goal keeps the rules it was added by: a known need code, a target date after the plan opened")
    void anEditedGoalKeepsTheRulesItWasAddedBy() {
        FamilyPlan plan = planWithGoal();
        Goal goal = plan.goals().get(0);
        assertThatThrownBy(() -> plan.editGoal(goal.id(), new GoalEdit(null, null, null, "SADNESS"), "teacher", NOW))
                .satisfies(e -> rule(e, "goal-answers-a-need"));
        assertThatThrownBy(() -> plan.editGoal(goal.id(), new GoalEdit(null, null, OPENED, null), "teacher", NOW))
                .isInstanceOfSatisfying(RecordedDates.DateRuleViolation.class, e -> {
                    assertThat(e.rule()).isEqualTo(FamilyPlan.TARGET_DATE_AFTER_PLAN_OPENED);
                    assertThat(e.field()).isEqualTo("targetDate");
                });
        assertThatThrownBy(() -> plan.editGoal(goal.id(), new GoalEdit(null, " ", null, null), "teacher", NOW))
                .satisfies(e -> rule(e, "goal-is-measurable"));
        assertThat(goal.targetDate()).isEqualTo(LocalDate.of(2027, 6, 1));
        assertThat(goal.needIndicator()).isEqualTo("HOUSING");
        // a target already past today is fine: planned dates are measured from the plan's opening, never from today
        plan.editGoal(goal.id(), new GoalEdit(null, null, OPENED.plusDays(1), "FINANCIAL_HARDSHIP"), "teacher", NOW);
        assertThat(goal.needIndicator()).isEqualTo("FINANCIAL_HARDSHIP");
    }

    @Test
    @DisplayName("a draft goal (drafted from an assessed need) given a measure and a target date is a draft no longer; one of them is not enough")
    void aDraftGoalBecomesSmart() {
        FamilyPlan plan = plan(new GoalDraft("HOUSING", "Need: housing", null, null, true));
        Goal goal = plan.goals().get(0);
        FamilyPlan.Change first = plan.editGoal(goal.id(), new GoalEdit(null, "Damp fixed", null, null), "teacher", NOW);
        assertThat(goal.draft()).isTrue();
        assertThat(((GoalChangedV1) first.events().get(0)).draft()).isTrue();
        FamilyPlan.Change second = plan.editGoal(goal.id(), new GoalEdit(null, null, LocalDate.of(2027, 9, 1), null), "teacher", NOW);
        assertThat(goal.draft()).isFalse();
        assertThat(((GoalChangedV1) second.events().get(0)).draft()).isFalse();
        assertThat(plan.changes().get(1).fields()).containsExactly("targetDate", "draft");
    }

    @Test
    @DisplayName("withdrawing a goal keeps it, WITHDRAWN with its reason, withdraws its open actions (not the done ones), and raises GoalWithdrawn without the reason")
    void withdrawingAGoalWithdrawsItsOpenActions() {
        FamilyPlan plan = planWithGoal();
        Goal goal = plan.goals().get(0);
        Action open = plan.addAction(goal.id(), "Call the landlord", new ActionOwner("Mum", "family"), LocalDate.of(2027, 4, 1));
        Action done = plan.addAction(goal.id(), "Check the heating", new ActionOwner("Tess", "school"), LocalDate.of(2027, 4, 1));
        done.progress(ActionStatus.DONE);
        FamilyPlan.Change change = plan.withdrawGoal(goal.id(), "The family moved to a new flat", "teacher", NOW);
        assertThat(plan.goals()).singleElement().satisfies(g -> {
            assertThat(g.status()).isEqualTo(GoalStatus.WITHDRAWN);
            assertThat(g.withdrawalReason()).isEqualTo("The family moved to a new flat");
        });
        assertThat(open.status()).isEqualTo(ActionStatus.WITHDRAWN);
        assertThat(done.status()).isEqualTo(ActionStatus.DONE);
        assertThat(change.events()).singleElement().isInstanceOfSatisfying(GoalWithdrawnV1.class, e -> {
            assertThat(e.withdrawnActionIds()).containsExactly(open.id());
            assertThat(e.toString()).doesNotContain("flat");
        });
        assertThat(plan.changes()).extracting(PlanChange::kind).containsExactly(PlanChangeKind.GOAL_WITHDRAWN, PlanChangeKind.ACTION_WITHDRAWN);
    }

    @Test
    @DisplayName("a withdrawn goal is read-only (409 withdrawn-is-read-only): no edit, no new action, no edit of its actions; withdrawing it again is 409 already-withdrawn")
    void aWithdrawnGoalIsReadOnly() {
        FamilyPlan plan = planWithGoal();
        Goal goal = plan.goals().get(0);
        Action action = plan.addAction(goal.id(), "Call the landlord", new ActionOwner("Mum", "family"), LocalDate.of(2027, 4, 1));
        plan.withdrawGoal(goal.id(), "Moved", "teacher", NOW);
        assertThatThrownBy(() -> plan.editGoal(goal.id(), new GoalEdit("New", null, null, null), "teacher", NOW))
                .satisfies(e -> rule(e, FamilyPlan.WITHDRAWN_IS_READ_ONLY));
        assertThatThrownBy(() -> plan.addAction(goal.id(), "More", new ActionOwner("Mum", "family"), LocalDate.of(2027, 4, 1)))
                .satisfies(e -> rule(e, FamilyPlan.WITHDRAWN_IS_READ_ONLY));
        assertThatThrownBy(() -> plan.editAction(goal.id(), action.id(), new ActionEdit("New", null, null, null), "teacher", NOW))
                .satisfies(e -> rule(e, FamilyPlan.WITHDRAWN_IS_READ_ONLY));
        assertThatThrownBy(() -> plan.withdrawGoal(goal.id(), "Again", "teacher", NOW))
                .satisfies(e -> rule(e, FamilyPlan.ALREADY_WITHDRAWN));
        assertThat(goal.description()).isEqualTo("Dry home");
    }

    @Test
    @DisplayName("editing an action keeps its rules (owner in the team or the family, due not before the plan opened); WITHDRAWN is not an edit; ActionChanged names the fields")
    void editingAnActionKeepsItsRules() {
        FamilyPlan plan = planWithGoal();
        Goal goal = plan.goals().get(0);
        Action action = plan.addAction(goal.id(), "Call the landlord", new ActionOwner("Mum", "family"), LocalDate.of(2027, 4, 1));
        assertThatThrownBy(() -> plan.editAction(goal.id(), action.id(), new ActionEdit(null, new ActionOwner("Hal", "housing"), null, null),
                "teacher", NOW)).satisfies(e -> rule(e, "action-owner-in-the-team"));
        assertThatThrownBy(() -> plan.editAction(goal.id(), action.id(), new ActionEdit(null, null, OPENED.minusDays(1), null), "teacher", NOW))
                .isInstanceOfSatisfying(RecordedDates.DateRuleViolation.class, e -> assertThat(e.rule()).isEqualTo(FamilyPlan.DUE_DATE_AFTER_PLAN_OPENED));
        assertThatThrownBy(() -> plan.editAction(goal.id(), action.id(), new ActionEdit(null, null, null, ActionStatus.WITHDRAWN), "teacher", NOW))
                .satisfies(e -> rule(e, FamilyPlan.WITHDRAW_WITH_A_REASON));
        assertThat(action.status()).isEqualTo(ActionStatus.NOT_STARTED);
        assertThat(action.owner()).isEqualTo(new ActionOwner("Mum", "family"));

        plan.replaceTeam(List.of(new TeamMember("hal", "Hal Housing", "housing", "Housing officer")));
        FamilyPlan.Change change = plan.editAction(goal.id(), action.id(),
                new ActionEdit(null, new ActionOwner("Hal", "housing"), OPENED, ActionStatus.IN_PROGRESS), "teacher", NOW);
        assertThat(action.owner().agency()).isEqualTo("housing");
        assertThat(action.dueDate()).isEqualTo(OPENED);
        assertThat(action.status()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(change.events()).singleElement().isInstanceOfSatisfying(ActionChangedV1.class, e -> {
            assertThat(e.changedFields()).containsExactly("owner", "dueDate", "status");
            assertThat(e.status()).isEqualTo("IN_PROGRESS");
            assertThat(e.toString()).doesNotContain("Hal").doesNotContain("landlord");
        });
        assertThat(plan.changes()).singleElement().satisfies(c -> assertThat(c.oldValues())
                .containsEntry("owner", java.util.Map.of("name", "Mum", "agency", "family")).containsEntry("status", "NOT_STARTED"));
    }

    @Test
    @DisplayName("an action withdrawn with a reason stays WITHDRAWN and read-only; again is 409 already-withdrawn; a review asks no progress on it")
    void aWithdrawnActionIsReadOnlyAndNeedsNoProgress() {
        FamilyPlan plan = planWithGoal();
        Goal goal = plan.goals().get(0);
        Action action = plan.addAction(goal.id(), "Call the landlord", new ActionOwner("Mum", "family"), LocalDate.of(2027, 4, 1));
        assertThatThrownBy(() -> plan.withdrawAction(goal.id(), action.id(), " ", "teacher", NOW))
                .satisfies(e -> rule(e, FamilyPlan.WITHDRAW_WITH_A_REASON));
        FamilyPlan.Change change = plan.withdrawAction(goal.id(), action.id(), "Landlord sold the flat", "teacher", NOW);
        assertThat(action.status()).isEqualTo(ActionStatus.WITHDRAWN);
        assertThat(change.events()).singleElement().isInstanceOf(ActionWithdrawnV1.class);
        assertThatThrownBy(() -> plan.editAction(goal.id(), action.id(), new ActionEdit(null, null, null, ActionStatus.DONE), "teacher", NOW))
                .satisfies(e -> rule(e, FamilyPlan.WITHDRAWN_IS_READ_ONLY));
        assertThatThrownBy(() -> plan.withdrawAction(goal.id(), action.id(), "Again", "teacher", NOW))
                .satisfies(e -> rule(e, FamilyPlan.ALREADY_WITHDRAWN));
        assertThat(goal.status()).isEqualTo(GoalStatus.OPEN);
        UUID review = plan.nextReview().orElseThrow().id();
        plan.holdReview(review, new ReviewOutcome(LocalDate.of(2027, 4, 20), List.of("teacher"), List.of(), "Going well",
                ReviewDecision.CONTINUE, null), org.earlyhelp.plan.timescales.Timescales.defaults(
                        org.earlyhelp.platform.time.BankHolidays.ENGLAND_AND_WALES), "teacher", CLOCK);
        assertThat(plan.reviews().get(0).heldOn()).isEqualTo(LocalDate.of(2027, 4, 20));
    }

    @Test
    @DisplayName("a closed plan is read-only: editing or withdrawing a goal or an action is 409, nothing changed")
    void aClosedPlanIsReadOnly() {
        FamilyPlan plan = planWithGoal();
        Goal goal = plan.goals().get(0);
        Action action = plan.addAction(goal.id(), "Call the landlord", new ActionOwner("Mum", "family"), LocalDate.of(2027, 4, 1));
        plan.close(ClosureReason.NEEDS_MET_BY_UNIVERSAL_SERVICES, LocalDate.of(2027, 5, 1), "Done", CLOCK);
        assertThatThrownBy(() -> plan.editGoal(goal.id(), new GoalEdit("New", null, null, null), "teacher", NOW)).isInstanceOf(ConflictingState.class);
        assertThatThrownBy(() -> plan.withdrawGoal(goal.id(), "r", "teacher", NOW)).isInstanceOf(ConflictingState.class);
        assertThatThrownBy(() -> plan.editAction(goal.id(), action.id(), new ActionEdit("New", null, null, null), "teacher", NOW))
                .isInstanceOf(ConflictingState.class);
        assertThatThrownBy(() -> plan.withdrawAction(goal.id(), action.id(), "r", "teacher", NOW)).isInstanceOf(ConflictingState.class);
        assertThat(goal.status()).isEqualTo(GoalStatus.OPEN);
        assertThat(goal.description()).isEqualTo("Dry home");
        assertThat(plan.changes()).isEmpty();
    }
}
