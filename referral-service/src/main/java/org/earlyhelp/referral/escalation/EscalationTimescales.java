package org.earlyhelp.referral.escalation;

import java.time.LocalDate;
import java.util.List;

import org.earlyhelp.platform.time.BankHolidays;
import org.earlyhelp.platform.time.WorkingDayCalendar;

/**
 * One area's rules of time for professional disagreements (domain.md: "each stage answers within a set number of working
 * days (local choice; defaults 5, 5, 10)"): when a stage's answer is due, when the reminder starts, and which agency's
 * managers lead stage 3 (the safeguarding partnership). Pure: a unit test needs no database.
 */
public record EscalationTimescales(WorkingDayCalendar calendar, List<Integer> stageWorkingDays, int dueSoonWorkingDays,
        String partnershipAgency) {

    /** The last stage: the safeguarding partnership's lead. */
    public static final int LAST_STAGE = 3;

    public EscalationTimescales {
        if (stageWorkingDays.size() != LAST_STAGE) {
            throw new IllegalArgumentException("One number of working days per stage (" + LAST_STAGE + ")");
        }
        stageWorkingDays = List.copyOf(stageWorkingDays);
    }

    /** The stage's answer is due on the Nth working day after the day it started, that day not counted. */
    public LocalDate respondBy(int stage, LocalDate startedOn) {
        return calendar.addWorkingDays(startedOn, stageWorkingDays.get(stage - 1));
    }

    /** The day the "answer due soon" reminder starts: N working days before the answer is due. */
    public LocalDate dueSoonFrom(LocalDate respondBy) {
        return calendar.subtractWorkingDays(respondBy, dueSoonWorkingDays);
    }

    public static EscalationTimescales defaults() {
        return new EscalationTimescales(WorkingDayCalendar.of(BankHolidays.ENGLAND_AND_WALES), List.of(5, 5, 10), 1,
                "safeguarding-partnership");
    }
}
