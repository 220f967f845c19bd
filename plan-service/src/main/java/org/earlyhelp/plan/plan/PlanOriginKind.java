package org.earlyhelp.plan.plan;

/** How a plan came to be: from a completed assessment, an accepted step-down, or opened by hand. */
public enum PlanOriginKind {
    ASSESSMENT, STEP_DOWN, MANUAL
}
