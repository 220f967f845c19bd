package org.earlyhelp.plan.timescales;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.earlyhelp.platform.time.WorkingDayCalendar;
import org.earlyhelp.platform.time.BankHolidays;

class WorkingDayCalendarTest {

    final Timescales englandAndWales = Timescales.defaults(BankHolidays.ENGLAND_AND_WALES);

    @Test
    void initialReviewAfterAMondayCompletionIsDueOnTheTwentiethWorkingDay() {
        // domain.md: completed Monday 15 December 2025 -> due Thursday 15 January 2026
        assertThat(englandAndWales.initialReviewDue(LocalDate.of(2025, 12, 15))).isEqualTo(LocalDate.of(2026, 1, 15));
    }

    @Test
    void christmasTheBoxingDaySubstituteAndNewYearAreSkipped() {
        // Boxing Day 2026 is a Saturday: its substitute is Monday 28 December
        assertThat(englandAndWales.initialReviewDue(LocalDate.of(2026, 12, 14))).isEqualTo(LocalDate.of(2027, 1, 14));
        assertThat(WorkingDayCalendar.of(BankHolidays.ENGLAND_AND_WALES).isWorkingDay(LocalDate.of(2026, 12, 28))).isFalse();
    }

    @Test
    void goodFridayAndEasterMondayAreSkipped() {
        assertThat(englandAndWales.initialReviewDue(LocalDate.of(2027, 3, 22))).isEqualTo(LocalDate.of(2027, 4, 21));
    }

    @Test
    void theEventsOwnDayIsNotCountedAndAWeekendEventStartsOnMonday() {
        WorkingDayCalendar calendar = WorkingDayCalendar.of(BankHolidays.ENGLAND_AND_WALES);
        assertThat(calendar.addWorkingDays(LocalDate.of(2027, 6, 4), 1)).isEqualTo(LocalDate.of(2027, 6, 7)); // Fri -> Mon
        assertThat(calendar.addWorkingDays(LocalDate.of(2027, 6, 5), 1)).isEqualTo(LocalDate.of(2027, 6, 7)); // Sat -> Mon
        assertThat(calendar.addWorkingDays(LocalDate.of(2027, 6, 7), 0)).isEqualTo(LocalDate.of(2027, 6, 7));
    }

    @Test
    void scotlandKeepsItsOwnBankHolidays() {
        WorkingDayCalendar scotland = WorkingDayCalendar.of(BankHolidays.SCOTLAND);
        WorkingDayCalendar england = WorkingDayCalendar.of(BankHolidays.ENGLAND_AND_WALES);
        // 2 January is a bank holiday in Scotland only; Easter Monday in England and Wales only
        assertThat(scotland.isWorkingDay(LocalDate.of(2026, 1, 2))).isFalse();
        assertThat(england.isWorkingDay(LocalDate.of(2026, 1, 2))).isTrue();
        assertThat(scotland.isWorkingDay(LocalDate.of(2027, 3, 29))).isTrue();
        assertThat(england.isWorkingDay(LocalDate.of(2027, 3, 29))).isFalse();
        assertThat(Timescales.defaults(BankHolidays.SCOTLAND).initialReviewDue(LocalDate.of(2026, 12, 14)))
                .isEqualTo(LocalDate.of(2027, 1, 15));
    }
}
