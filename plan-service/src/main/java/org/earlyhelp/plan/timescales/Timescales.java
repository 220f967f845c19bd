package org.earlyhelp.plan.timescales;

import java.time.LocalDate;

/** The timescales of one area: "when is this due". Pure: a unit test needs no database. */
public record Timescales(WorkingDayCalendar calendar, int initialReviewWorkingDays, int reviewIntervalDays,
        int maxReviewIntervalDays) {

    /** Initial review: the Nth working day after the assessment's completion or the step-down's acceptance. */
    public LocalDate initialReviewDue(LocalDate eventDate) {
        return calendar.addWorkingDays(eventDate, initialReviewWorkingDays);
    }

    public static Timescales defaults(BankHolidays nation) {
        return new Timescales(WorkingDayCalendar.of(nation), 20, 42, 84);
    }
}
