package org.earlyhelp.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PlatformClockTest {

    static final Clock BASE = Clock.fixed(Instant.parse("2026-12-07T10:15:30Z"), ZoneOffset.UTC);

    @Test
    @DisplayName("without earlyhelp.clock.today the platform clock is the base clock")
    void unsetIsTheBaseClock() {
        assertThat(PlatformClock.of(BASE, Optional.empty())).isSameAs(BASE);
    }

    @Test
    @DisplayName("set to a day, today in Europe/London is that day and the time of day is kept (summer time included)")
    void setToADay() {
        Clock summer = PlatformClock.of(BASE, Optional.of(LocalDate.of(2027, 7, 2)));
        assertThat(LocalDate.now(summer.withZone(PlatformClock.AREA_ZONE))).isEqualTo(LocalDate.of(2027, 7, 2));
        assertThat(LocalTime.now(summer.withZone(PlatformClock.AREA_ZONE))).isEqualTo(LocalTime.of(10, 15, 30));
        Clock leap = PlatformClock.of(BASE, Optional.of(LocalDate.of(2029, 2, 28)));
        assertThat(LocalDate.now(leap.withZone(PlatformClock.AREA_ZONE))).isEqualTo(LocalDate.of(2029, 2, 28));
    }

    @Test
    @DisplayName("the day is judged in London: at 00:30 BST (23:30 UTC the day before) the day named is still today")
    void judgedInLondon() {
        Clock lateEvening = Clock.fixed(Instant.parse("2026-06-30T23:30:00Z"), ZoneOffset.UTC); // 00:30 on 1 July in London
        Clock set = PlatformClock.of(lateEvening, Optional.of(LocalDate.of(2027, 1, 15)));
        assertThat(LocalDate.now(set.withZone(PlatformClock.AREA_ZONE))).isEqualTo(LocalDate.of(2027, 1, 15));
    }
}
