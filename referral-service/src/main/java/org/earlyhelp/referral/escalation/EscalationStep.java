package org.earlyhelp.referral.escalation;

import java.time.LocalDate;

/**
 * One step of a disagreement's history, as recorded: at which stage, what happened, on which day, by whom, and what they
 * wrote (the concern, the answer, the reason for escalating, the resolution). The text is shown only to callers who see
 * the family and never travels in an event.
 */
public record EscalationStep(int stage, Kind kind, LocalDate on, String byUserId, String byAgency, String text) {

    public enum Kind {
        RAISED, RESPONDED, ESCALATED, RESOLVED
    }
}
