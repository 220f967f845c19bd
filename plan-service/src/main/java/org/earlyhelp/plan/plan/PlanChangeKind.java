package org.earlyhelp.plan.plan;

/** What a row of a plan's history records; also the type of its entry on the family timeline. */
public enum PlanChangeKind {
    GOAL_CHANGED, GOAL_WITHDRAWN, ACTION_CHANGED, ACTION_WITHDRAWN,
    /** A goal given an outcome at a review or at the closure (issue 18): its status before and after. */
    GOAL_OUTCOME_RECORDED,
    /** A review due on another day, with the reason (issue 18): its dueBy before and after. */
    REVIEW_RESCHEDULED
}
