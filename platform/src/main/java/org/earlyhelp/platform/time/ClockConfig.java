package org.earlyhelp.platform.time;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** {@code earlyhelp.clock.*}: the platform clock's settings. */
@ConfigMapping(prefix = "earlyhelp.clock")
public interface ClockConfig {

    /** Another day to take as today (ISO date, judged in Europe/London), for a suite run as if on that day; unset: the real day. */
    Optional<String> today();
}
