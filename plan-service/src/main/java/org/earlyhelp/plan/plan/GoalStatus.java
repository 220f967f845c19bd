package org.earlyhelp.plan.plan;

/** Where a goal stands: open until an outcome is recorded, or withdrawn (never deleted). */
public enum GoalStatus {
    OPEN, WITHDRAWN
}
