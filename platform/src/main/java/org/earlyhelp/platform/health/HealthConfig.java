package org.earlyhelp.platform.health;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code earlyhelp.health.*}: how the dependencies group asks the broker. */
@ConfigMapping(prefix = "earlyhelp.health")
public interface HealthConfig {

    /** How often the broker is asked (the check reports the last answer). */
    @WithDefault("5s")
    Duration brokerCheckInterval();

    /** How long one question may wait for the broker before it counts as unreachable. */
    @WithDefault("2s")
    Duration brokerTimeout();
}
