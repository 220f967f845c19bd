package org.earlyhelp.notification.email;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code earlyhelp.email.*}: whether notifications are emailed, the link they carry, how sending is retried. */
@ConfigMapping(prefix = "earlyhelp.email")
public interface EmailSettings {

    @WithDefault("true")
    boolean enabled();

    /** Where the front end shows a notification: the email links to {@code <link-base>/notifications/<id>}. */
    @WithDefault("http://localhost:8080")
    String linkBase();

    @WithDefault("10")
    int maxAttempts();

    @WithDefault("2s")
    String sendEvery();
}
