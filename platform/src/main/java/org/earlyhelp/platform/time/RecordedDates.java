package org.earlyhelp.platform.time;

import java.time.Clock;
import java.time.LocalDate;

import org.earlyhelp.platform.problem.RuleViolation;

/**
 * The one rule for dates people record (domain.md, "Dates people record"): the date it happened, given by them, so
 * never after today in the areas' time zone, and never before the fact it follows. Records are written up after the
 * fact, so any past date is fine otherwise. Dates people plan (a target date, a due date) are not checked here against
 * today: {@link #notBefore} checks them against the record's own dates.
 */
public final class RecordedDates {

    /** The rule a date after today breaks. */
    public static final String NOT_AFTER_TODAY = "recorded-date-not-after-today";

    private RecordedDates() {
    }

    /** Today in the areas' time zone (Europe/London), by the platform clock. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(PlatformClock.AREA_ZONE));
    }

    /** {@code date} itself when given, else today: the default of an optional recorded date. */
    public static LocalDate orToday(LocalDate date, Clock clock) {
        return date != null ? date : today(clock);
    }

    /** 422 {@value #NOT_AFTER_TODAY}, naming {@code field}, when {@code date} is after today. */
    public static LocalDate notAfterToday(String field, LocalDate date, Clock clock) {
        LocalDate today = today(clock);
        if (date != null && date.isAfter(today)) {
            throw new DateRuleViolation(NOT_AFTER_TODAY, field,
                    field + " (" + date + ") is after today (" + today + "): a recorded date is the date it happened");
        }
        return date;
    }

    /**
     * 422 {@code rule}, naming {@code field}, when {@code date} is before {@code earlier}, the date of the fact it follows
     * (described by {@code follows}, e.g. "the referral (referredOn)"). Nothing is checked when either date is unknown.
     */
    public static LocalDate notBefore(String rule, String field, LocalDate date, String follows, LocalDate earlier) {
        if (date != null && earlier != null && date.isBefore(earlier)) {
            throw new DateRuleViolation(rule, field, field + " (" + date + ") is before " + follows + " (" + earlier + ")");
        }
        return date;
    }

    /** A date rule broken: 422 with {@code rule} and the {@code field} that breaks it. */
    public static final class DateRuleViolation extends org.earlyhelp.platform.problem.FieldRuleViolation {
        public DateRuleViolation(String rule, String field, String detail) {
            super(rule, field, detail);
        }
    }
}
