package org.earlyhelp.plan.plan;

public enum ActionStatus {
    NOT_STARTED, IN_PROGRESS, DONE
}
