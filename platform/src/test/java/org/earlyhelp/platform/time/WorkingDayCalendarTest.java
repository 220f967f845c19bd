package org.earlyhelp.platform.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The platform's copy of the working-day calendar (domain.md, "Timescales": within N working days of an event). */
class WorkingDayCalendarTest {

    final WorkingDayCalendar england = WorkingDayCalendar.of(BankHolidays.ENGLAND_AND_WALES);

    @Test
    @DisplayName("domain.md's example: 20 working days after Monday 15 December 2025 is Thursday 15 January 2026")
    void twentyWorkingDaysOverChristmas() {
        assertThat(england.addWorkingDays(LocalDate.of(2025, 12, 15), 20)).isEqualTo(LocalDate.of(2026, 1, 15));
    }

    @Test
    @DisplayName("the event's own day is not counted, weekends and bank holidays (substitute days included) are skipped")
    void ownDayWeekendsAndBankHolidaysAreNotCounted() {
        assertThat(england.addWorkingDays(LocalDate.of(2027, 6, 4), 1)).isEqualTo(LocalDate.of(2027, 6, 7)); // Fri -> Mon
        assertThat(england.addWorkingDays(LocalDate.of(2027, 6, 5), 1)).isEqualTo(LocalDate.of(2027, 6, 7)); // Sat -> Mon
        assertThat(england.addWorkingDays(LocalDate.of(2027, 6, 7), 0)).isEqualTo(LocalDate.of(2027, 6, 7));
        assertThat(england.isWorkingDay(LocalDate.of(2026, 12, 28))).as("Boxing Day 2026's substitute").isFalse();
        // Good Friday 26 March and Easter Monday 29 March 2027: 5 working days after Wednesday 24 March is Friday 2 April
        assertThat(england.addWorkingDays(LocalDate.of(2027, 3, 24), 5)).isEqualTo(LocalDate.of(2027, 4, 2));
        assertThatThrownBy(() -> england.addWorkingDays(LocalDate.of(2027, 6, 7), -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("subtracting working days finds when a 'due soon' reminder starts")
    void subtractWorkingDays() {
        assertThat(england.subtractWorkingDays(LocalDate.of(2027, 6, 7), 1)).isEqualTo(LocalDate.of(2027, 6, 4)); // Mon -> Fri
        assertThat(england.subtractWorkingDays(LocalDate.of(2027, 4, 2), 5)).isEqualTo(LocalDate.of(2027, 3, 24));
    }

    @Test
    @DisplayName("each nation keeps its own bank holidays")
    void nationsDiffer() {
        WorkingDayCalendar scotland = WorkingDayCalendar.of(BankHolidays.SCOTLAND);
        assertThat(scotland.isWorkingDay(LocalDate.of(2026, 1, 2))).isFalse();
        assertThat(england.isWorkingDay(LocalDate.of(2026, 1, 2))).isTrue();
        assertThat(scotland.isWorkingDay(LocalDate.of(2027, 3, 29))).isTrue();
        assertThat(england.isWorkingDay(LocalDate.of(2027, 3, 29))).isFalse();
        assertThat(WorkingDayCalendar.of(BankHolidays.NORTHERN_IRELAND).isWorkingDay(LocalDate.of(2027, 3, 17))).as("St Patrick's Day")
                .isFalse();
    }
}
