package org.earlyhelp.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SupervisorBackoffTest {

    static final Instant T0 = Instant.parse("2027-01-04T09:00:00Z");

    @Test
    @DisplayName("a service that keeps dying waits 1, 2, 4 ... seconds, never more than 60")
    void doublesUpToAMinute() {
        Supervisor.Backoff backoff = new Supervisor.Backoff();
        backoff.started(T0);
        Instant now = T0;
        long[] waits = new long[9];
        for (int i = 0; i < waits.length; i++) {
            now = now.plusSeconds(5);
            waits[i] = backoff.onDeath(now).toSeconds();
            backoff.started(now);
        }
        assertThat(waits).containsExactly(1, 2, 4, 8, 16, 32, 60, 60, 60);
    }

    @Test
    @DisplayName("after a minute up, the next death starts again from one second")
    void resetsWhenStable() {
        Supervisor.Backoff backoff = new Supervisor.Backoff();
        backoff.started(T0);
        backoff.onDeath(T0.plusSeconds(1));
        backoff.started(T0.plusSeconds(2));
        assertThat(backoff.onDeath(T0.plusSeconds(3))).isEqualTo(Duration.ofSeconds(2));
        backoff.started(T0.plusSeconds(5));
        assertThat(backoff.onDeath(T0.plusSeconds(5).plus(Duration.ofMinutes(1)))).isEqualTo(Duration.ofSeconds(1));
    }
}
