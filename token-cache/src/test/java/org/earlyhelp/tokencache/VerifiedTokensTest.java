package org.earlyhelp.tokencache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private final AtomicLong nowSecond = new AtomicLong(1_900_000_000L);
    private final AtomicLong ticker = new AtomicLong();
    private final VerifiedTokens<String> tokens = new VerifiedTokens<>(3, Duration.ofMinutes(10), nowSecond::get, ticker::get);

    private void advance(long seconds) {
        nowSecond.addAndGet(seconds);
        ticker.addAndGet(TimeUnit.SECONDS.toNanos(seconds));
    }

    @Test
    void aKeptTokenGivesBackItsIdentityUntilItExpires() {
        tokens.put("token-a", "alice", nowSecond.get() + 300);
        assertThat(tokens.get("token-a")).isEqualTo("alice");
        advance(299);
        assertThat(tokens.get("token-a")).isEqualTo("alice");
        advance(1);
        assertThat(tokens.get("token-a")).as("at exp the token is no longer valid").isNull();
    }

    @Test
    void anotherTokenIsNotAnswered() {
        tokens.put("token-a", "alice", nowSecond.get() + 300);
        assertThat(tokens.get("token-b")).isNull();
        assertThat(tokens.get("token-a ")).isNull();
    }

    @Test
    void anExpiredTokenIsNotKept() {
        tokens.put("token-a", "alice", nowSecond.get());
        tokens.put("token-b", "bob", nowSecond.get() - 60);
        assertThat(tokens.get("token-a")).isNull();
        assertThat(tokens.get("token-b")).isNull();
        assertThat(tokens.size()).isZero();
    }

    @Test
    void aLongLivedTokenIsKeptNoLongerThanTheMaximumAge() {
        tokens.put("token-a", "alice", nowSecond.get() + 86_400);
        advance(599);
        assertThat(tokens.get("token-a")).isEqualTo("alice");
        advance(2);
        assertThat(tokens.get("token-a")).as("kept ten minutes at most").isNull();
    }

    @Test
    void atMostTheMaximumNumberAreKept() {
        for (int i = 0; i < 10; i++) {
            tokens.put("token-" + i, "user-" + i, nowSecond.get() + 300);
        }
        assertThat(tokens.size()).isLessThanOrEqualTo(3);
    }
}
