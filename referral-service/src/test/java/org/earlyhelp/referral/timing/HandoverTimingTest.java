package org.earlyhelp.referral.timing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class HandoverTimingTest {

    final HandoverTiming isleOfWight = new HandoverTiming(List.of(HolidayPeriod.parse("2027-07-22/2027-09-01")), 21, Set.of("school"));

    @Test
    void aSchoolLeadWithAHandoverInTheThreeWeeksBeforeTheSummerHolidayIsWarned() {
        assertThat(isleOfWight.check("school", LocalDate.of(2027, 7, 1))).hasValueSatisfying(w -> {
            assertThat(w.code()).isEqualTo(HandoverTiming.CODE);
            assertThat(w.message()).contains("2027-07-22");
        });
        assertThat(isleOfWight.check("school", LocalDate.of(2027, 7, 21))).isPresent();
    }

    @Test
    void aSchoolLeadWithAHandoverDuringTheHolidayIsWarnedToTheLastDay() {
        assertThat(isleOfWight.check("School", LocalDate.of(2027, 8, 10))).isPresent();
        assertThat(isleOfWight.check("school", LocalDate.of(2027, 9, 1))).isPresent();
        assertThat(isleOfWight.check("school", LocalDate.of(2027, 9, 2))).isEmpty();
    }

    @Test
    void moreThanThreeWeeksBeforeIsFine() {
        assertThat(isleOfWight.check("school", LocalDate.of(2027, 6, 30))).isEmpty();
    }

    @Test
    void anotherAgencyOrNoHandoverDateIsNeverWarned() {
        assertThat(isleOfWight.check("health", LocalDate.of(2027, 7, 10))).isEmpty();
        assertThat(isleOfWight.check("school", null)).isEmpty();
    }

    @Test
    void anAreaWithoutHolidaySettingsIsNeverWarned() {
        assertThat(new HandoverTiming(List.of(), 21, Set.of("school")).check("school", LocalDate.of(2027, 7, 10))).isEmpty();
    }

    @Test
    void aHolidayIsWrittenFromSlashToAndCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> HolidayPeriod.parse("2027-07-22")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HolidayPeriod.parse("2027-09-01/2027-07-22")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HolidayPeriod.parse("July/August")).isInstanceOf(IllegalArgumentException.class);
    }
}
