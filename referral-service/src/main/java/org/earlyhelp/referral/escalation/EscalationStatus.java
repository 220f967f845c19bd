package org.earlyhelp.referral.escalation;

/**
 * Where a professional disagreement stands: {@code OPEN} awaits the other side's answer at the current stage,
 * {@code RESPONDED} was answered (the raiser resolves or escalates), {@code RESOLVED} is over. Escalating opens the next
 * stage: {@code OPEN} again.
 */
public enum EscalationStatus {
    OPEN, RESPONDED, RESOLVED
}
