package org.earlyhelp.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import jakarta.inject.Singleton;

import org.earlyhelp.platform.time.ClockConfig;
import org.earlyhelp.platform.time.PlatformClock;

/**
 * The platform clock for this module's @QuarkusTests (it replaces the platform's default bean): the same clock
 * ({@code earlyhelp.clock.today} honoured), which a test may move forward for a while to see time pass (a rotated
 * secret's overlap ending) and must move back ({@link #reset()}) when done.
 */
@Singleton
public class AdjustableClock extends Clock {

    private final Clock base;
    private volatile Duration offset = Duration.ZERO;

    public AdjustableClock(ClockConfig config) {
        this.base = PlatformClock.configured(config);
    }

    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(base.withZone(zone), offset);
    }
}
