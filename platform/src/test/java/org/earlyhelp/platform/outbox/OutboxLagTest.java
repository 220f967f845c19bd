package org.earlyhelp.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class OutboxLagTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void theAgeOfTheOldestEventStillWaiting() {
        assertThat(OutboxLag.seconds(NOW.minusSeconds(95), NOW)).isEqualTo(95);
    }

    @Test
    void noEventWaitingIsNoLag() {
        assertThat(OutboxLag.seconds(null, NOW)).isZero();
    }

    @Test
    void anEventWrittenByAClockAheadOfThisOneIsNoLag() {
        assertThat(OutboxLag.seconds(NOW.plusSeconds(3), NOW)).isZero();
    }
}
