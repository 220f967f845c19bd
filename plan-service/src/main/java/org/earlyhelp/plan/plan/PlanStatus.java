package org.earlyhelp.plan.plan;

public enum PlanStatus {
    ACTIVE, CLOSED
}
