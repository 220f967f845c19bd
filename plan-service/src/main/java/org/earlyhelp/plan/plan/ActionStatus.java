package org.earlyhelp.plan.plan;

/** Where an action stands; {@code WITHDRAWN} only through a withdrawal with a reason, never by an edit or a review. */
public enum ActionStatus {
    NOT_STARTED, IN_PROGRESS, DONE, WITHDRAWN
}
