package org.earlyhelp.platform.time;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The platform's one clock: the system's, or (for a suite that must pass on any day) one whose "today" in the areas' time
 * zone is the date {@code earlyhelp.clock.today} names, with time running on from there. Services read today from it
 * only.
 */
public final class PlatformClock {

    /** Where "today" is judged: the areas the platform serves are in England (domain.md's working days). */
    public static final ZoneId AREA_ZONE = ZoneId.of("Europe/London");

    /** {@code base} itself, or {@code base} moved so that its date in {@link #AREA_ZONE} is {@code today} (time of day kept). */
    /** The system clock, moved to {@code earlyhelp.clock.today} when that is set (the platform's default clock bean). */
    public static Clock configured(ClockConfig config) {
        return of(Clock.systemUTC(), config.today().filter(t -> !t.isBlank()).map(t -> LocalDate.parse(t.trim())));
    }

    public static Clock of(Clock base, Optional<LocalDate> today) {
        if (today.isEmpty()) {
            return base;
        }
        ZonedDateTime now = ZonedDateTime.now(base).withZoneSameInstant(AREA_ZONE);
        return Clock.offset(base, Duration.between(now, now.with(today.get())));
    }

    private PlatformClock() {
    }
}
