package org.earlyhelp.plan.plan;

public enum ReviewDecision {
    CONTINUE, STEP_UP, CLOSE
}
