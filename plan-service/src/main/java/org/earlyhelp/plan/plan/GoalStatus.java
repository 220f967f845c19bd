package org.earlyhelp.plan.plan;

/**
 * Where a goal stands: open until an outcome is recorded (at a review or at the closure; a later one may change it), or
 * withdrawn (never deleted).
 */
public enum GoalStatus {
    OPEN, WITHDRAWN, ACHIEVED, PARTLY_ACHIEVED, NOT_ACHIEVED
}
