package org.earlyhelp.plan.timescales;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.earlyhelp.platform.time.WorkingDayCalendar;
import org.earlyhelp.platform.time.BankHolidays;

/**
 * The suite must pass with the platform clock at 2027-07-02 and 2029-02-28, so the calendar must know the years that
 * clock reaches (deadlines run up to a year past it). Jollyday computes holidays from rules (fixed dates, Easter,
 * "last Monday of", substitute days), not from a table that runs out; these pin what it gives for England and Wales in
 * 2028 and 2029 against the rules GOV.UK applies, so a jollyday upgrade that changes them fails here first.
 */
class BankHolidaysAheadTest {

    private final WorkingDayCalendar englandAndWales = WorkingDayCalendar.of(BankHolidays.ENGLAND_AND_WALES);

    @Test
    @DisplayName("England and Wales 2028: New Year's substitute on Monday 3 January, Easter on 16 April, Christmas on a Monday")
    void bankHolidays2028() {
        assertThat(englandAndWales.bankHolidays(2028)).containsExactlyInAnyOrder(
                LocalDate.of(2028, 1, 3),    // New Year's Day (1 January is a Saturday)
                LocalDate.of(2028, 4, 14),   // Good Friday
                LocalDate.of(2028, 4, 17),   // Easter Monday
                LocalDate.of(2028, 5, 1),    // Early May bank holiday
                LocalDate.of(2028, 5, 29),   // Spring bank holiday
                LocalDate.of(2028, 8, 28),   // Summer bank holiday
                LocalDate.of(2028, 12, 25),  // Christmas Day
                LocalDate.of(2028, 12, 26)); // Boxing Day
    }

    @Test
    @DisplayName("England and Wales 2029: Easter on 1 April, the early May holiday on 7 May")
    void bankHolidays2029() {
        assertThat(englandAndWales.bankHolidays(2029)).containsExactlyInAnyOrder(
                LocalDate.of(2029, 1, 1),
                LocalDate.of(2029, 3, 30),   // Good Friday
                LocalDate.of(2029, 4, 2),    // Easter Monday
                LocalDate.of(2029, 5, 7),
                LocalDate.of(2029, 5, 28),
                LocalDate.of(2029, 8, 27),
                LocalDate.of(2029, 12, 25),
                LocalDate.of(2029, 12, 26));
    }

    @Test
    @DisplayName("a deadline across Easter 2029 skips Good Friday and Easter Monday: 20 working days after Monday 12 March 2029 is Wednesday 11 April")
    void aDeadlineFromTheSuitesLatestClockDay() {
        // two weeks after the latest day the suite is run on (2029-02-28); 30 March and 2 April are not counted
        assertThat(englandAndWales.addWorkingDays(LocalDate.of(2029, 3, 12), 20)).isEqualTo(LocalDate.of(2029, 4, 11));
    }
}
