package org.earlyhelp.plan.plan;

/** CANCELLED: a review still scheduled when its plan closed. */
public enum ReviewStatus {
    SCHEDULED, HELD, OVERDUE, CANCELLED
}
