package org.earlyhelp.plan.plan;

/** A warm handover still to come is PLANNED until confirmed; one that took place is HELD. */
public enum HandoverStatus {
    PLANNED, HELD
}
