package org.earlyhelp.plan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.earlyhelp.events.plan.GoalOutcomeRecordedV1;
import org.earlyhelp.events.plan.PlanClosedV1;
import org.earlyhelp.events.plan.ReviewHeldV1;
import org.earlyhelp.events.plan.ReviewScheduledV1;
import org.earlyhelp.platform.time.BankHolidays;
import org.earlyhelp.plan.timescales.Timescales;
import org.earlyhelp.platform.problem.FieldRuleViolation;
import org.earlyhelp.platform.problem.ConflictingState;
import org.earlyhelp.platform.problem.RuleViolation;
import org.earlyhelp.platform.time.RecordedDates;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The rules of reviews, TAF meetings and goal outcomes (issue 18), on the domain classes alone: no database, a fixed clock. */
class ReviewRulesTest {

    static final LeadProfessional TEACHER = new LeadProfessional("teacher", "Tess Teacher", "school", "DSL");
    static final Timescales ENGLAND = Timescales.defaults(BankHolidays.ENGLAND_AND_WALES);
    /** "Today": Friday 2 July 2027 in Europe/London, after the plan's dates. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2027-07-02T09:00:00Z"), ZoneOffset.UTC);
    static final LocalDate OPENED = LocalDate.of(2027, 3, 22);
    static final LocalDate INITIAL_DUE = LocalDate.of(2027, 4, 21);
    static final LocalDate HELD = LocalDate.of(2027, 4, 20);

    FamilyPlan plan(GoalDraft... goals) {
        return FamilyPlan.open("isle-of-wight", UUID.randomUUID(), PlanOriginKind.ASSESSMENT, UUID.randomUUID(), TEACHER,
                OPENED, List.of(goals), INITIAL_DUE, CLOCK).plan();
    }

    static GoalDraft smart(String need) {
        return new GoalDraft(need, "Goal for " + need, "Measured", LocalDate.of(2027, 6, 1), false);
    }

    static GoalDraft draft(String need) {
        return new GoalDraft(need, "Need: " + need, null, null, true);
    }

    static ReviewOutcome outcome(LocalDate heldOn, String views, ReviewDecision decision, List<GoalOutcome> goalOutcomes) {
        return new ReviewOutcome(heldOn, List.of("teacher", "Mum"), List.of(), views, decision, null, List.of(), List.of(), null, null, null,
                goalOutcomes);
    }

    static UUID initial(FamilyPlan plan) {
        return plan.nextReview().orElseThrow().id();
    }

    static void refused(Throwable e, String rule) {
        assertThat(e).isInstanceOf(RuleViolation.class);
        assertThat(((RuleViolation) e).rule()).isEqualTo(rule);
    }

    @SuppressWarnings("unchecked")
    static List<String> namedGoals(Throwable e) {
        return (List<String>) ((RuleViolation) e).details().get("goals");
    }

    static void nothingWritten(FamilyPlan plan, UUID review) {
        assertThat(plan.reviews()).filteredOn(r -> r.id().equals(review)).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(ReviewStatus.SCHEDULED));
        assertThat(plan.goals()).extracting(Goal::status).containsOnly(GoalStatus.OPEN);
        assertThat(plan.changes()).isEmpty();
    }

    @Test
    @DisplayName("a review without the child's and family's views, or with blank ones, is 422 child-and-family-views naming the field; the review stays open")
    void aReviewRecordsTheChildsAndFamilysViews() {
        FamilyPlan plan = plan(smart("HOUSING"));
        UUID review = initial(plan);
        for (String views : new String[] { null, "  " }) {
            assertThatThrownBy(() -> plan.holdReview(review, outcome(HELD, views, ReviewDecision.CONTINUE, List.of()), ENGLAND, "teacher", CLOCK))
                    .satisfies(e -> refused(e, ReviewRules.CHILD_AND_FAMILY_VIEWS))
                    .isInstanceOfSatisfying(FieldRuleViolation.class, e -> {
                        assertThat(e.field()).isEqualTo("childAndFamilyViews");
                        assertThat(e.details()).containsEntry("field", "childAndFamilyViews");
                    });
        }
        nothingWritten(plan, review);
        plan.holdReview(review, outcome(HELD, "Mum feels listened to", ReviewDecision.CONTINUE, List.of()), ENGLAND, "teacher", CLOCK);
        assertThat(plan.reviews().get(0).childAndFamilyViews()).isEqualTo("Mum feels listened to");
    }

    @Test
    @DisplayName("the initial review while a goal (not withdrawn) lacks a measure or a target date is 422 goals-smart-before-initial-review naming those goals; made SMART, it is held")
    void goalsAreSmartBeforeTheInitialReview() {
        FamilyPlan plan = plan(smart("HOUSING"), draft("FINANCIAL_HARDSHIP"), draft("PERSISTENT_ABSENCE"), draft("DOMESTIC_ABUSE"));
        Goal housing = plan.goals().get(0);
        Goal money = plan.goals().get(1);
        Goal school = plan.goals().get(2);
        Goal withdrawn = plan.goals().get(3);
        plan.withdrawGoal(withdrawn.id(), "Not a need after all", "teacher", CLOCK.instant());
        plan.editGoal(school.id(), new GoalEdit(null, "95% attendance", null, null), "teacher", CLOCK.instant()); // a measure, no target date
        int changesBefore = plan.changes().size();
        UUID review = initial(plan);

        assertThatThrownBy(() -> plan.holdReview(review, outcome(HELD, "Views", ReviewDecision.CONTINUE, List.of()), ENGLAND, "teacher", CLOCK))
                .satisfies(e -> {
                    refused(e, ReviewRules.GOALS_SMART_BEFORE_INITIAL_REVIEW);
                    assertThat(namedGoals(e)).containsExactly(money.id().toString(), school.id().toString());
                    assertThat(e.getMessage()).contains(money.id().toString()).contains(school.id().toString())
                            .doesNotContain(housing.id().toString()).doesNotContain(withdrawn.id().toString());
                });
        assertThat(plan.reviews().get(0).status()).isEqualTo(ReviewStatus.SCHEDULED);
        assertThat(plan.changes()).hasSize(changesBefore);

        plan.editGoal(money.id(), new GoalEdit(null, "Debts in a plan", LocalDate.of(2027, 6, 1), null), "teacher", CLOCK.instant());
        plan.editGoal(school.id(), new GoalEdit(null, null, LocalDate.of(2027, 7, 1), null), "teacher", CLOCK.instant());
        plan.holdReview(review, outcome(HELD, "Views", ReviewDecision.CONTINUE, List.of()), ENGLAND, "teacher", CLOCK);
        assertThat(plan.reviews().get(0).status()).isEqualTo(ReviewStatus.HELD);
    }

    @Test
    @DisplayName("the SMART rule is the initial review's: a regular review is held with a draft goal (one that joined later)")
    void theSmartRuleIsTheInitialReviews() {
        FamilyPlan plan = plan(draft("HOUSING"));
        ReviewRules.requireSmartBeforeInitialReview(ReviewKind.REGULAR, plan.goals());
        assertThatThrownBy(() -> ReviewRules.requireSmartBeforeInitialReview(ReviewKind.INITIAL, plan.goals()))
                .satisfies(e -> refused(e, ReviewRules.GOALS_SMART_BEFORE_INITIAL_REVIEW));
    }

    @Test
    @DisplayName("goal outcomes at a review set each goal's status, note and day, keep the change in the history and raise GoalOutcomeRecorded (reviewId, recordedOn heldOn; never the note); a later review changes it again")
    void goalOutcomesAtAReview() {
        FamilyPlan plan = plan(smart("HOUSING"), smart("PERSISTENT_ABSENCE"));
        Goal housing = plan.goals().get(0);
        Goal school = plan.goals().get(1);
        UUID review = initial(plan);
        FamilyPlan.Change change = plan.holdReview(review, outcome(HELD, "Views", ReviewDecision.CONTINUE, List.of(
                new GoalOutcome(housing.id(), GoalOutcome.Outcome.PARTLY_ACHIEVED, "Damp treated in two rooms of three"),
                new GoalOutcome(school.id(), GoalOutcome.Outcome.ACHIEVED, null))), ENGLAND, "teacher", CLOCK);

        assertThat(housing.status()).isEqualTo(GoalStatus.PARTLY_ACHIEVED);
        assertThat(housing.outcomeNote()).isEqualTo("Damp treated in two rooms of three");
        assertThat(housing.outcomeRecordedOn()).isEqualTo(HELD);
        assertThat(housing.outcomeReviewId()).isEqualTo(review);
        assertThat(school.status()).isEqualTo(GoalStatus.ACHIEVED);
        assertThat(change.events()).hasSize(4);
        assertThat(change.events().get(0)).isInstanceOfSatisfying(ReviewHeldV1.class, e -> {
            assertThat(e.kind()).isEqualTo("INITIAL");
            assertThat(e.closureDueBy()).isNull();
        });
        assertThat(change.events()).filteredOn(GoalOutcomeRecordedV1.class::isInstance).map(GoalOutcomeRecordedV1.class::cast)
                .satisfiesExactly(e -> {
                    assertThat(e.goalId()).isEqualTo(housing.id());
                    assertThat(e.outcome()).isEqualTo("PARTLY_ACHIEVED");
                    assertThat(e.needIndicator()).isEqualTo("HOUSING");
                    assertThat(e.recordedOn()).isEqualTo(HELD);
                    assertThat(e.reviewId()).isEqualTo(review);
                    assertThat(e.toString()).doesNotContain("Damp");
                }, e -> assertThat(e.outcome()).isEqualTo("ACHIEVED"));
        assertThat(plan.changes()).filteredOn(c -> c.goalId().equals(housing.id())).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(PlanChangeKind.GOAL_OUTCOME_RECORDED);
            assertThat(c.oldValues()).containsEntry("status", "OPEN");
            assertThat(c.newValues()).containsEntry("status", "PARTLY_ACHIEVED");
            assertThat(c.byUserId()).isEqualTo("teacher");
        });
        assertThat(plan.reviews().get(0).goalOutcomes()).hasSize(2);

        UUID next = initial(plan);
        FamilyPlan.Change regular = plan.holdReview(next, outcome(LocalDate.of(2027, 5, 20), "Views", ReviewDecision.CONTINUE, List.of(
                new GoalOutcome(housing.id(), GoalOutcome.Outcome.ACHIEVED, "All dry"))), ENGLAND, "teacher", CLOCK);
        assertThat(regular.events().get(0)).isInstanceOfSatisfying(ReviewHeldV1.class, e -> assertThat(e.kind()).isEqualTo("REGULAR"));
        assertThat(housing.status()).isEqualTo(GoalStatus.ACHIEVED);
        assertThat(housing.outcomeNote()).isEqualTo("All dry");
        assertThat(housing.outcomeReviewId()).isEqualTo(next);
        assertThat(plan.changes()).filteredOn(c -> c.goalId().equals(housing.id())).last()
                .satisfies(c -> assertThat(c.oldValues()).containsEntry("status", "PARTLY_ACHIEVED"));
    }

    @Test
    @DisplayName("an outcome for a goal of another plan or a withdrawn goal is 422 outcome-for-this-plans-goals, a goal named twice 422 one-outcome-per-goal, each naming the goal; nothing written")
    void outcomesAreForThisPlansGoalsOnce() {
        FamilyPlan plan = plan(smart("HOUSING"), smart("PERSISTENT_ABSENCE"));
        Goal housing = plan.goals().get(0);
        Goal school = plan.goals().get(1);
        plan.withdrawGoal(school.id(), "Back in school", "teacher", CLOCK.instant());
        int changesBefore = plan.changes().size();
        UUID review = initial(plan);
        UUID elsewhere = UUID.randomUUID();

        assertThatThrownBy(() -> plan.holdReview(review, outcome(HELD, "Views", ReviewDecision.CONTINUE,
                List.of(new GoalOutcome(elsewhere, GoalOutcome.Outcome.ACHIEVED, null))), ENGLAND, "teacher", CLOCK))
                .satisfies(e -> {
                    refused(e, ReviewRules.OUTCOME_FOR_THIS_PLANS_GOALS);
                    assertThat(namedGoals(e)).containsExactly(elsewhere.toString());
                });
        assertThatThrownBy(() -> plan.holdReview(review, outcome(HELD, "Views", ReviewDecision.CONTINUE,
                List.of(new GoalOutcome(school.id(), GoalOutcome.Outcome.ACHIEVED, null))), ENGLAND, "teacher", CLOCK))
                .satisfies(e -> refused(e, ReviewRules.OUTCOME_FOR_THIS_PLANS_GOALS));
        assertThatThrownBy(() -> plan.holdReview(review, outcome(HELD, "Views", ReviewDecision.CONTINUE, List.of(
                new GoalOutcome(housing.id(), GoalOutcome.Outcome.ACHIEVED, null),
                new GoalOutcome(housing.id(), GoalOutcome.Outcome.NOT_ACHIEVED, null))), ENGLAND, "teacher", CLOCK))
                .satisfies(e -> {
                    refused(e, ReviewRules.ONE_OUTCOME_PER_GOAL);
                    assertThat(namedGoals(e)).containsExactly(housing.id().toString());
                });
        assertThat(plan.reviews().get(0).status()).isEqualTo(ReviewStatus.SCHEDULED);
        assertThat(housing.status()).isEqualTo(GoalStatus.OPEN);
        assertThat(school.status()).isEqualTo(GoalStatus.WITHDRAWN);
        assertThat(plan.changes()).hasSize(changesBefore);
    }

    @Test
    @DisplayName("closed OUTCOMES_ACHIEVED while a goal is OPEN is 422 no-open-goals-at-closure naming the open goals (withdrawn ones do not count); nothing written; other reasons close")
    void noOpenGoalsAtAClosureForOutcomesAchieved() {
        FamilyPlan plan = plan(smart("HOUSING"), smart("PERSISTENT_ABSENCE"), smart("DOMESTIC_ABUSE"));
        Goal housing = plan.goals().get(0);
        Goal school = plan.goals().get(1);
        plan.withdrawGoal(plan.goals().get(2).id(), "Not a need after all", "teacher", CLOCK.instant());
        plan.holdReview(initial(plan), outcome(HELD, "Views", ReviewDecision.CLOSE,
                List.of(new GoalOutcome(school.id(), GoalOutcome.Outcome.ACHIEVED, null))), ENGLAND, "teacher", CLOCK);
        int changesBefore = plan.changes().size();

        assertThatThrownBy(() -> plan.close(ClosureReason.OUTCOMES_ACHIEVED, HELD, "Dry home", List.of(), "teacher", CLOCK))
                .satisfies(e -> {
                    refused(e, ReviewRules.NO_OPEN_GOALS_AT_CLOSURE);
                    assertThat(namedGoals(e)).containsExactly(housing.id().toString());
                    assertThat(e.getMessage()).contains(housing.id().toString());
                });
        // the old signature keeps the rule too
        assertThatThrownBy(() -> plan.close(ClosureReason.OUTCOMES_ACHIEVED, HELD, "Dry home", CLOCK))
                .satisfies(e -> refused(e, ReviewRules.NO_OPEN_GOALS_AT_CLOSURE));
        assertThat(plan.status()).isEqualTo(PlanStatus.ACTIVE);
        assertThat(plan.changes()).hasSize(changesBefore);

        FamilyPlan other = plan(smart("HOUSING"));
        other.close(ClosureReason.MOVED_AWAY, HELD, "Moved to Devon", CLOCK);
        assertThat(other.status()).isEqualTo(PlanStatus.CLOSED);
        assertThat(other.goals().get(0).status()).isEqualTo(GoalStatus.OPEN);
    }

    @Test
    @DisplayName("PlanClosed counts the plan's goals at closure, withdrawn ones not counted, and those ACHIEVED after the closure's own outcomes (issue 20); ReviewHeld of a CLOSE carries the closure's due date")
    void planClosedCountsTheGoals() {
        FamilyPlan plan = plan(smart("HOUSING"), smart("PERSISTENT_ABSENCE"), smart("DOMESTIC_ABUSE"), smart("PARENTAL_MENTAL_HEALTH"));
        Goal housing = plan.goals().get(0);
        Goal school = plan.goals().get(1);
        Goal mood = plan.goals().get(3);
        plan.withdrawGoal(plan.goals().get(2).id(), "Not a need after all", "teacher", CLOCK.instant());
        FamilyPlan.Change held = plan.holdReview(initial(plan), outcome(HELD, "Views", ReviewDecision.CLOSE, List.of(
                new GoalOutcome(school.id(), GoalOutcome.Outcome.ACHIEVED, null),
                new GoalOutcome(mood.id(), GoalOutcome.Outcome.ACHIEVED, null))), ENGLAND, "teacher", CLOCK);
        assertThat(held.events().get(0)).isInstanceOfSatisfying(ReviewHeldV1.class, e -> {
            assertThat(e.decision()).isEqualTo("CLOSE");
            assertThat(e.kind()).isEqualTo("INITIAL");
            assertThat(e.closureDueBy()).isEqualTo(plan.closureSummaryDueBy()).isEqualTo(LocalDate.of(2027, 4, 22));
        });

        FamilyPlan.Change closed = plan.close(ClosureReason.OUTCOMES_ACHIEVED, HELD, "Mostly there", List.of(
                new GoalOutcome(housing.id(), GoalOutcome.Outcome.PARTLY_ACHIEVED, null),
                new GoalOutcome(mood.id(), GoalOutcome.Outcome.NOT_ACHIEVED, "Low again")), "teacher", CLOCK);

        assertThat(closed.events()).last().isInstanceOfSatisfying(PlanClosedV1.class, e -> {
            assertThat(e.goals()).isEqualTo(3);
            assertThat(e.goalsAchieved()).isEqualTo(1);
        });
    }

    @Test
    @DisplayName("outcomes given with the closure are applied before its rule: GoalOutcomeRecorded without a review, recorded on agreedOn, then PlanClosed")
    void outcomesAtTheClosure() {
        FamilyPlan plan = plan(smart("HOUSING"));
        Goal housing = plan.goals().get(0);
        LocalDate agreedOn = LocalDate.of(2027, 5, 3);
        FamilyPlan.Change change = plan.close(ClosureReason.OUTCOMES_ACHIEVED, agreedOn, "Dry home",
                List.of(new GoalOutcome(housing.id(), GoalOutcome.Outcome.ACHIEVED, "Dry all winter")), "ehteam", CLOCK);
        assertThat(plan.status()).isEqualTo(PlanStatus.CLOSED);
        assertThat(housing.status()).isEqualTo(GoalStatus.ACHIEVED);
        assertThat(housing.outcomeRecordedOn()).isEqualTo(agreedOn);
        assertThat(housing.outcomeReviewId()).isNull();
        assertThat(change.events()).satisfiesExactly(
                e -> assertThat(e).isInstanceOfSatisfying(GoalOutcomeRecordedV1.class, o -> {
                    assertThat(o.reviewId()).isNull();
                    assertThat(o.recordedOn()).isEqualTo(agreedOn);
                    assertThat(o.toString()).doesNotContain("winter");
                }),
                e -> assertThat(e).isInstanceOfSatisfying(PlanClosedV1.class, c -> {
                    assertThat(c.goals()).isEqualTo(1);
                    assertThat(c.goalsAchieved()).isEqualTo(1); // the outcome given with the closure counts
                }));
        assertThat(plan.changes()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(PlanChangeKind.GOAL_OUTCOME_RECORDED);
            assertThat(c.byUserId()).isEqualTo("ehteam");
        });
    }

    @Test
    @DisplayName("a review records the TAF meeting: who was invited, contributions, significant events, whether the family and the professionals agreed (null: not recorded)")
    void aReviewRecordsTheTafMeeting() {
        FamilyPlan plan = plan(smart("HOUSING"));
        UUID review = initial(plan);
        List<Contribution> contributions = List.of(new Contribution(new Contribution.From("Hal Housing", "housing"), "Repairs booked"),
                new Contribution(new Contribution.From("Gran", null), "Helps with school runs"));
        plan.holdReview(review, new ReviewOutcome(HELD, List.of("teacher", "Mum"), List.of(), "Mum is hopeful", ReviewDecision.CONTINUE, null,
                List.of("teacher", "Mum", "Hal Housing"), contributions, "A burst pipe in March", true, null, List.of()), ENGLAND, "teacher", CLOCK);
        Review held = plan.reviews().get(0);
        assertThat(held.invited()).containsExactly("teacher", "Mum", "Hal Housing");
        assertThat(held.contributions()).isEqualTo(contributions);
        assertThat(held.significantEvents()).isEqualTo("A burst pipe in March");
        assertThat(held.agreedByFamily()).isTrue();
        assertThat(held.agreedByProfessionals()).isNull();
    }

    @Test
    @DisplayName("rescheduling an open review moves its dueBy, keeps the change (before, after, reason) in the history and raises ReviewScheduled with the new date")
    void anOpenReviewIsRescheduled() {
        FamilyPlan plan = plan(smart("HOUSING"));
        UUID review = initial(plan);
        LocalDate newDue = LocalDate.of(2027, 5, 5);
        FamilyPlan.Change change = plan.rescheduleReview(review, newDue, "Mum is in hospital that week", ENGLAND, "teacher", CLOCK);
        assertThat(plan.nextReview().orElseThrow().dueBy()).isEqualTo(newDue);
        assertThat(change.events()).singleElement().isInstanceOfSatisfying(ReviewScheduledV1.class, e -> {
            assertThat(e.reviewId()).isEqualTo(review);
            assertThat(e.dueBy()).isEqualTo(newDue);
            assertThat(e.toString()).doesNotContain("hospital");
        });
        assertThat(plan.changes()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(PlanChangeKind.REVIEW_RESCHEDULED);
            assertThat(c.reviewId()).isEqualTo(review);
            assertThat(c.goalId()).isNull();
            assertThat(c.oldValues()).containsEntry("dueBy", INITIAL_DUE.toString());
            assertThat(c.newValues()).containsEntry("dueBy", newDue.toString());
            assertThat(c.reason()).isEqualTo("Mum is in hospital that week");
        });
    }

    @Test
    @DisplayName("a reschedule without a reason is 422 reschedule-with-a-reason; before the last review held or the opening 422 review-due-after-last-review; more than 12 weeks after 422 review-within-12-weeks (exactly 12 allowed), naming dueBy")
    void aRescheduleKeepsTheRules() {
        FamilyPlan plan = plan(smart("HOUSING"));
        UUID initial = initial(plan);
        assertThatThrownBy(() -> plan.rescheduleReview(initial, LocalDate.of(2027, 5, 5), " ", ENGLAND, "teacher", CLOCK))
                .satisfies(e -> refused(e, ReviewRules.RESCHEDULE_WITH_A_REASON));
        assertThatThrownBy(() -> plan.rescheduleReview(initial, OPENED.minusDays(1), "r", ENGLAND, "teacher", CLOCK))
                .isInstanceOfSatisfying(RecordedDates.DateRuleViolation.class, e -> {
                    assertThat(e.rule()).isEqualTo(ReviewRules.REVIEW_DUE_AFTER_LAST_REVIEW);
                    assertThat(e.field()).isEqualTo("dueBy");
                });
        assertThatThrownBy(() -> plan.rescheduleReview(initial, OPENED.plusDays(85), "r", ENGLAND, "teacher", CLOCK))
                .isInstanceOfSatisfying(FieldRuleViolation.class, e -> {
                    assertThat(e.rule()).isEqualTo(ReviewRules.REVIEW_WITHIN_12_WEEKS);
                    assertThat(e.field()).isEqualTo("dueBy");
                });
        assertThat(plan.nextReview().orElseThrow().dueBy()).isEqualTo(INITIAL_DUE);
        assertThat(plan.changes()).isEmpty();
        plan.rescheduleReview(initial, OPENED.plusDays(84), "r", ENGLAND, "teacher", CLOCK);
        assertThat(plan.nextReview().orElseThrow().dueBy()).isEqualTo(OPENED.plusDays(84));

        // after a review is held, the next one is measured from it
        plan.holdReview(initial, outcome(HELD, "Views", ReviewDecision.CONTINUE, List.of()), ENGLAND, "teacher", CLOCK);
        UUID next = initial(plan);
        assertThatThrownBy(() -> plan.rescheduleReview(next, HELD.minusDays(1), "r", ENGLAND, "teacher", CLOCK))
                .satisfies(e -> refused(e, ReviewRules.REVIEW_DUE_AFTER_LAST_REVIEW));
        assertThatThrownBy(() -> plan.rescheduleReview(next, HELD.plusDays(85), "r", ENGLAND, "teacher", CLOCK))
                .satisfies(e -> refused(e, ReviewRules.REVIEW_WITHIN_12_WEEKS));
        plan.rescheduleReview(next, HELD.plusDays(84), "r", ENGLAND, "teacher", CLOCK);
        assertThat(plan.nextReview().orElseThrow().dueBy()).isEqualTo(HELD.plusDays(84));
        // a review held is no longer rescheduled: 409 naming the rule
        assertThatThrownBy(() -> plan.rescheduleReview(initial, HELD.plusDays(10), "r", ENGLAND, "teacher", CLOCK))
                .isInstanceOfSatisfying(ConflictingState.class,
                        e -> assertThat(e.details()).containsEntry("rule", ReviewRules.RESCHEDULE_AN_OPEN_REVIEW));
    }

    @Test
    @DisplayName("an overdue review rescheduled to a date not past is SCHEDULED again with its reminder marks cleared; to a date still past it stays OVERDUE")
    void aRescheduleResetsTheReminders() {
        LocalDate today = LocalDate.of(2027, 4, 30);
        Clock clock = Clock.fixed(Instant.parse("2027-04-30T09:00:00Z"), ZoneOffset.UTC);
        FamilyPlan plan = plan(smart("HOUSING"));
        Review review = plan.reviews().get(0);
        assertThat(review.remindDueSoon(clock.instant())).isTrue();
        assertThat(review.markOverdue(today, clock.instant())).isTrue();

        plan.rescheduleReview(review.id(), today.minusDays(2), "Booked late", ENGLAND, "teacher", clock);
        assertThat(review.status()).isEqualTo(ReviewStatus.OVERDUE);

        plan.rescheduleReview(review.id(), today, "Booked for today", ENGLAND, "teacher", clock);
        assertThat(review.status()).isEqualTo(ReviewStatus.SCHEDULED);
        assertThat(review.dueSoonSentAt()).isNull();
        assertThat(review.overdueSentAt()).isNull();
        assertThat(review.remindDueSoon(clock.instant())).isTrue();
    }
}
