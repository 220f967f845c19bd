package org.earlyhelp.plan.plan;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.earlyhelp.platform.problem.ConflictingState;
import org.earlyhelp.platform.problem.FieldRuleViolation;
import org.earlyhelp.platform.problem.RuleViolation;
import org.earlyhelp.platform.time.RecordedDates;

/**
 * The rules of reviews, TAF meetings and goal outcomes (issue 18), pure: a unit test needs no database. Each refusal is a 422
 * naming its rule (and the field, or the goals, it is about), checked before anything is written.
 */
public final class ReviewRules {

    /** A review records the child's and the family's views. */
    public static final String CHILD_AND_FAMILY_VIEWS = "child-and-family-views";
    /** Every goal (not withdrawn) has a measure and a target date before the initial review is held. */
    public static final String GOALS_SMART_BEFORE_INITIAL_REVIEW = "goals-smart-before-initial-review";
    /** An outcome names a goal of this plan that is not withdrawn. */
    public static final String OUTCOME_FOR_THIS_PLANS_GOALS = "outcome-for-this-plans-goals";
    /** A goal is given one outcome at a time. */
    public static final String ONE_OUTCOME_PER_GOAL = "one-outcome-per-goal";
    /** A plan closed because its outcomes were achieved has no goal left open. */
    public static final String NO_OPEN_GOALS_AT_CLOSURE = "no-open-goals-at-closure";
    /** A review is rescheduled with a reason. */
    public static final String RESCHEDULE_WITH_A_REASON = "reschedule-with-a-reason";
    /** A rescheduled review is due no earlier than the last review held (or the plan's opening). */
    public static final String REVIEW_DUE_AFTER_LAST_REVIEW = "review-due-after-last-review";
    /** A rescheduled review is due within the area's longest interval (12 weeks) of the last review held (or the opening). */
    public static final String REVIEW_WITHIN_12_WEEKS = "review-within-12-weeks";
    /** Only an open review (SCHEDULED or OVERDUE) is rescheduled: 409. */
    public static final String RESCHEDULE_AN_OPEN_REVIEW = "reschedule-an-open-review";

    private ReviewRules() {
    }

    /** 422 {@value #CHILD_AND_FAMILY_VIEWS}, field {@code childAndFamilyViews}, when absent or blank. */
    public static void requireChildAndFamilyViews(String views) {
        if (views == null || views.isBlank()) {
            throw new FieldRuleViolation(CHILD_AND_FAMILY_VIEWS, "childAndFamilyViews",
                    "A review records the child's and the family's views (childAndFamilyViews)");
        }
    }

    /** 422 {@value #GOALS_SMART_BEFORE_INITIAL_REVIEW}, naming the goals (not withdrawn) without a measure or a target date. */
    public static void requireSmartBeforeInitialReview(ReviewKind kind, List<Goal> goals) {
        if (kind != ReviewKind.INITIAL) {
            return;
        }
        List<UUID> notSmart = goals.stream().filter(g -> !g.isWithdrawn())
                .filter(g -> g.measure() == null || g.measure().isBlank() || g.targetDate() == null).map(Goal::id).toList();
        if (!notSmart.isEmpty()) {
            throw namingGoals(GOALS_SMART_BEFORE_INITIAL_REVIEW, "Before the initial review every goal has a measure and a targetDate "
                    + "(PATCH /api/plans/{id}/goals/{goalId}): missing on " + notSmart, notSmart);
        }
    }

    /**
     * Each outcome names a goal of this plan that is not withdrawn (422 {@value #OUTCOME_FOR_THIS_PLANS_GOALS}), each goal
     * once (422 {@value #ONE_OUTCOME_PER_GOAL}).
     */
    public static void requireOutcomesForThisPlansGoals(List<GoalOutcome> outcomes, List<Goal> goals) {
        Set<UUID> named = new HashSet<>();
        for (GoalOutcome outcome : outcomes) {
            boolean ours = goals.stream().anyMatch(g -> g.id().equals(outcome.goalId()) && !g.isWithdrawn());
            if (!ours) {
                throw namingGoals(OUTCOME_FOR_THIS_PLANS_GOALS, "goalOutcomes names " + outcome.goalId()
                        + ", which is not a goal of this plan, or was withdrawn", List.of(outcome.goalId()));
            }
            if (!named.add(outcome.goalId())) {
                throw namingGoals(ONE_OUTCOME_PER_GOAL, "goalOutcomes names " + outcome.goalId() + " more than once",
                        List.of(outcome.goalId()));
            }
        }
    }

    /**
     * 422 {@value #NO_OPEN_GOALS_AT_CLOSURE} when a plan closed {@code OUTCOMES_ACHIEVED} would leave a goal {@code OPEN}
     * once the closure's own outcomes ({@code outcomes}) are applied; it names those goals.
     */
    public static void requireNoOpenGoalsAtClosure(ClosureReason reason, List<Goal> goals, List<GoalOutcome> outcomes) {
        if (reason != ClosureReason.OUTCOMES_ACHIEVED) {
            return;
        }
        List<UUID> open = goals.stream().filter(g -> g.status() == GoalStatus.OPEN)
                .map(Goal::id).filter(id -> outcomes.stream().noneMatch(o -> o.goalId().equals(id))).toList();
        if (!open.isEmpty()) {
            throw namingGoals(NO_OPEN_GOALS_AT_CLOSURE, "A plan closed OUTCOMES_ACHIEVED has no goal left OPEN: record an outcome "
                    + "(goalOutcomes) or withdraw " + open, open);
        }
    }

    /** 409 {@value #RESCHEDULE_AN_OPEN_REVIEW} unless the review is SCHEDULED or OVERDUE. */
    public static void requireOpenToReschedule(Review review) {
        if (!review.isOpen()) {
            throw ConflictingState.ofRule(RESCHEDULE_AN_OPEN_REVIEW, "This review is " + review.status() + " and can no longer be rescheduled");
        }
    }

    /**
     * A review's new due date (a date people plan, never compared with today): given with a reason (422
     * {@value #RESCHEDULE_WITH_A_REASON}); not before {@code since}, the last review held or the plan's opening (422
     * {@value #REVIEW_DUE_AFTER_LAST_REVIEW}), nor more than {@code maxIntervalDays} after it (422
     * {@value #REVIEW_WITHIN_12_WEEKS}), both naming {@code dueBy}.
     */
    public static LocalDate rescheduledDueBy(LocalDate dueBy, String reason, LocalDate since, String sinceIs, int maxIntervalDays) {
        if (reason == null || reason.isBlank()) {
            throw new FieldRuleViolation(RESCHEDULE_WITH_A_REASON, "reason", "A review is rescheduled with a reason");
        }
        if (dueBy == null) {
            throw new FieldRuleViolation("reschedule-names-a-date", "dueBy", "A review is rescheduled to a date (dueBy)");
        }
        RecordedDates.notBefore(REVIEW_DUE_AFTER_LAST_REVIEW, "dueBy", dueBy, sinceIs, since);
        LocalDate latest = since.plusDays(maxIntervalDays);
        if (dueBy.isAfter(latest)) {
            throw new FieldRuleViolation(REVIEW_WITHIN_12_WEEKS, "dueBy", "dueBy (" + dueBy + ") is more than " + maxIntervalDays / 7
                    + " weeks (" + maxIntervalDays + " days) after " + sinceIs + " (" + since + "): " + latest + " at the latest");
        }
        return dueBy;
    }

    /** 422 with the ids of the goals it is about, in the detail and as {@code goals: [ids]}. */
    static RuleViolation namingGoals(String rule, String detail, List<UUID> goals) {
        List<String> ids = goals.stream().map(UUID::toString).toList();
        return new RuleViolation(rule, detail, Map.of("goals", ids));
    }
}
