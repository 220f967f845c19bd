package org.earlyhelp.platform.outbox;

import java.time.Duration;
import java.time.Instant;

/** How far the relay is behind: the age, in whole seconds, of the oldest event not yet acknowledged; 0 when none waits. */
final class OutboxLag {

    private OutboxLag() {
    }

    static long seconds(Instant oldestUnsent, Instant now) {
        if (oldestUnsent == null || !oldestUnsent.isBefore(now)) {
            return 0;
        }
        return Duration.between(oldestUnsent, now).toSeconds();
    }
}
