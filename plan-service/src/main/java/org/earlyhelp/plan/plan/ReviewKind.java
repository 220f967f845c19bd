package org.earlyhelp.plan.plan;

public enum ReviewKind {
    INITIAL, REGULAR
}
