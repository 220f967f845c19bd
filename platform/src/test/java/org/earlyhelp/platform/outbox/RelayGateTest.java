package org.earlyhelp.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RelayGateTest {

    final RelayGate gate = new RelayGate();

    @Test
    @DisplayName("before shutdown every pass is let in; after it none is")
    void noPassStartsOnceClosed() {
        assertThat(gate.enter()).isTrue();
        gate.exit();
        assertThat(gate.close(Duration.ofSeconds(1))).isTrue();
        assertThat(gate.isClosed()).isTrue();
        assertThat(gate.enter()).isFalse();
    }

    @Test
    @DisplayName("shutdown waits for the batch under way to finish, then returns")
    void closeWaitsForThePassUnderWay() throws Exception {
        assertThat(gate.enter()).isTrue();
        CountDownLatch closing = new CountDownLatch(1);
        CompletableFuture<Boolean> closed = CompletableFuture.supplyAsync(() -> {
            closing.countDown();
            return gate.close(Duration.ofSeconds(30));
        });
        closing.await(5, TimeUnit.SECONDS);
        // while the pass runs the gate is shut to new passes, and close has not returned
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!gate.isClosed() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(gate.enter()).isFalse();
        assertThat(closed).isNotDone();
        gate.exit();
        assertThat(closed.get(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    @DisplayName("a batch that does not finish in time (a broker that does not answer) does not hold shutdown beyond its bound")
    void closeGivesUpAfterItsBound() {
        assertThat(gate.enter()).isTrue();
        assertThat(gate.close(Duration.ofMillis(50))).isFalse();
        assertThat(gate.enter()).isFalse();
    }
}
