package org.earlyhelp.notification.inbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code earlyhelp.notifications.stream-tickets.*}: how long a stream ticket may wait to be redeemed. */
@ConfigMapping(prefix = "earlyhelp.notifications.stream-tickets")
public interface StreamTicketSettings {

    /** From issue to expiry: long enough for a browser to open its {@code EventSource}, short enough to be useless later. */
    @WithDefault("30s")
    Duration validFor();
}
