package org.earlyhelp.plan.timescales;

import java.time.LocalDate;
import org.earlyhelp.platform.time.WorkingDayCalendar;
import org.earlyhelp.platform.time.BankHolidays;

/** The timescales of one area: "when is this due". Pure: a unit test needs no database. */
public record Timescales(WorkingDayCalendar calendar, int initialReviewWorkingDays, int reviewIntervalDays,
        int maxReviewIntervalDays, int revisedPlanWorkingDays, int closureSummaryWorkingDays) {

    /** Initial review: the Nth working day after the assessment's completion or the step-down's acceptance. */
    public LocalDate initialReviewDue(LocalDate eventDate) {
        return calendar.addWorkingDays(eventDate, initialReviewWorkingDays);
    }

    /** The next review after one held: the date asked for, else the default interval; never beyond the longest interval. */
    public LocalDate nextReviewDue(LocalDate heldOn, LocalDate requested) {
        LocalDate due = requested != null ? requested : heldOn.plusDays(reviewIntervalDays);
        if (due.isAfter(heldOn.plusDays(maxReviewIntervalDays))) {
            throw new org.earlyhelp.platform.problem.RuleViolation("review-interval-at-most-12-weeks",
                    "The next review must be no more than " + maxReviewIntervalDays / 7 + " weeks (" + maxReviewIntervalDays
                            + " days) after the review held on " + heldOn + ": " + due + " is later");
        }
        if (!due.isAfter(heldOn)) {
            throw new org.earlyhelp.platform.problem.RuleViolation("next-review-after-this-one",
                    "nextReviewDueBy must be after the review's date " + heldOn);
        }
        return due;
    }

    /** After a review the revised plan is shared within N working days. */
    public LocalDate revisedPlanDue(LocalDate heldOn) {
        return calendar.addWorkingDays(heldOn, revisedPlanWorkingDays);
    }

    /** After agreement to close, the closure summary is written within N working days. */
    public LocalDate closureSummaryDue(LocalDate agreedOn) {
        return calendar.addWorkingDays(agreedOn, closureSummaryWorkingDays);
    }

    public static Timescales defaults(BankHolidays nation) {
        return new Timescales(WorkingDayCalendar.of(nation), 20, 42, 84, 10, 2);
    }
}
