package org.earlyhelp.platform.consuming;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Which topics the service consumes ({@code earlyhelp.events.consume.<name>=true}). Read at build time too: a topic's
 * consumer bean exists only when its switch is on, and its channel is enabled by the same switch (platform's
 * microprofile-config.properties), so set it in application.properties, not only at run time.
 */
@ConfigMapping(prefix = "earlyhelp.events.consume")
public interface ConsumingConfig {
    @WithDefault("false")
    boolean assessment();

    @WithDefault("false")
    boolean plan();

    @WithDefault("false")
    boolean referral();
}
