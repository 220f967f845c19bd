package org.earlyhelp.platform.time;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.quarkus.arc.DefaultBean;

/**
 * The platform clock (UTC instants): the system clock, or one set to another day by {@code earlyhelp.clock.today}
 * (for tests that prove the suite passes on any day). A test may also replace the bean with a fixed clock.
 */
class ClockProducer {
    @Produces
    @ApplicationScoped
    @DefaultBean
    Clock clock(ClockConfig config) {
        return PlatformClock.configured(config);
    }
}
