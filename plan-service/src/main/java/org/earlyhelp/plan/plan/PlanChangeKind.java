package org.earlyhelp.plan.plan;

/** What a row of a plan's history records; also the type of its entry on the family timeline. */
public enum PlanChangeKind {
    GOAL_CHANGED, GOAL_WITHDRAWN, ACTION_CHANGED, ACTION_WITHDRAWN
}
