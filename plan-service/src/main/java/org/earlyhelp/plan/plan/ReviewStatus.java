package org.earlyhelp.plan.plan;

public enum ReviewStatus {
    SCHEDULED, HELD, OVERDUE
}
