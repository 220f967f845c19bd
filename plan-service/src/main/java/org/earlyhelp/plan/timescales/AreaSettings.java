package org.earlyhelp.plan.timescales;

import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;
import org.earlyhelp.platform.time.BankHolidays;

/**
 * Per-area timescales (domain.md, "Timescales"): defaults under {@code earlyhelp.timescales},
 * overrides per area under {@code earlyhelp.areas."<area>"}.
 */
@ConfigMapping(prefix = "earlyhelp")
public interface AreaSettings {

    Defaults timescales();

    Map<String, Area> areas();

    Reminders reminders();

    /** The review reminders scheduler. */
    interface Reminders {
        @WithDefault("true")
        boolean enabled();

        /** How often it looks for reviews due soon or overdue, and closures due or overdue. */
        @WithDefault("5m")
        String every();

        /** Review reminders (ReviewDueSoon, ReviewOverdue) in the scheduled run. */
        Kind reviews();

        /** Closure reminders (ClosureDue, ClosureOverdue) in the scheduled run. */
        Kind closures();

        /** One kind of reminder, on unless switched off on its own. */
        interface Kind {
            @WithDefault("true")
            boolean enabled();
        }
    }

    interface Defaults {
        @WithDefault("ENGLAND_AND_WALES")
        BankHolidays bankHolidays();

        /** Initial review after an assessment is completed or a step-down accepted. */
        @WithDefault("20")
        int initialReviewWorkingDays();

        /** Default gap between reviews, in days (6 weeks). */
        @WithDefault("42")
        int reviewIntervalDays();

        /** Longest allowed gap between reviews, in days (12 weeks). */
        @WithDefault("84")
        int maxReviewIntervalDays();

        @WithDefault("10")
        int revisedPlanWorkingDays();

        @WithDefault("2")
        int closureSummaryWorkingDays();

        @WithDefault("5")
        int reviewDueSoonWorkingDays();
    }

    interface Area {
        java.util.Optional<BankHolidays> bankHolidays();

        java.util.Optional<Integer> initialReviewWorkingDays();

        java.util.Optional<Integer> reviewIntervalDays();

        java.util.Optional<Integer> maxReviewIntervalDays();

        /** The revised plan shared within this many working days of a review (default {@code revised-plan-working-days}). */
        java.util.Optional<Integer> revisedPlanWorkingDays();

        /** The closure a review decided due within this many working days (default {@code closure-summary-working-days}). */
        java.util.Optional<Integer> closureSummaryWorkingDays();
    }
}
