package org.earlyhelp.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.vertx.core.Future;

/** The gateway's balancing across a service's instances, with a hand-turned clock and no network. */
class ServiceInstancesTest {

    static final URI A = URI.create("http://127.0.0.1:8082");
    static final URI B = URI.create("http://127.0.0.1:8092");
    static final URI C = URI.create("http://127.0.0.1:8102");

    final AtomicLong nanos = new AtomicLong(1_000);
    final ServiceInstances instances = new ServiceInstances("plan-service", List.of(A, B, C), nanos::get);

    /** What the instance answers when asked: {@code down} ones refuse the connection. */
    Future<URI> open(URI instance, Set<URI> down, List<URI> asked) {
        asked.add(instance);
        return down.contains(instance) ? Future.failedFuture(new ConnectException("Connection refused: " + instance))
                : Future.succeededFuture(instance);
    }

    URI answeredBy(Set<URI> down, List<URI> asked) {
        return instances.first(instance -> open(instance, down, asked)).result();
    }

    @Test
    @DisplayName("round robin: each request goes to the next instance in turn")
    void roundRobin() {
        List<URI> asked = new ArrayList<>();
        List<URI> answered = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            answered.add(answeredBy(Set.of(), asked));
        }
        assertThat(answered).containsExactly(A, B, C, A, B, C);
        assertThat(asked).isEqualTo(answered);
    }

    @Test
    @DisplayName("an instance that refuses the connection: the same request goes to the next one at once, and it is passed over afterwards")
    void failsOverAndPassesOver() {
        List<URI> asked = new ArrayList<>();
        assertThat(answeredBy(Set.of(A), asked)).isEqualTo(B);
        assertThat(asked).containsExactly(A, B);
        asked.clear();
        for (int i = 0; i < 6; i++) {
            assertThat(answeredBy(Set.of(A), asked)).isNotEqualTo(A);
        }
        assertThat(asked).doesNotContain(A); // never asked again while passed over
    }

    @Test
    @DisplayName("after the pause a passed-over instance is tried again, and once it answers it is back in the rotation")
    void comesBackAfterThePause() {
        List<URI> asked = new ArrayList<>();
        answeredBy(Set.of(A), asked);
        nanos.addAndGet(ServiceInstances.PASS_OVER.toNanos() - 1);
        asked.clear();
        for (int i = 0; i < 3; i++) {
            answeredBy(Set.of(), asked);
        }
        assertThat(asked).doesNotContain(A);
        nanos.addAndGet(1);
        asked.clear();
        List<URI> answered = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            answered.add(answeredBy(Set.of(), asked));
        }
        assertThat(answered).containsExactlyInAnyOrder(A, B, C);
        assertThat(asked).isEqualTo(answered);
    }

    @Test
    @DisplayName("when every instance refuses, each is asked once and the request fails with the refusal; passed over, they are still tried")
    void everyInstanceDown() {
        List<URI> asked = new ArrayList<>();
        Future<URI> answer = instances.first(instance -> open(instance, Set.of(A, B, C), asked));
        assertThat(answer.failed()).isTrue();
        assertThat(answer.cause()).isInstanceOf(ConnectException.class);
        assertThat(asked).containsExactlyInAnyOrder(A, B, C);
        asked.clear();
        assertThat(answeredBy(Set.of(A, C), asked)).isEqualTo(B);
    }

    @Test
    @DisplayName("a request that was sent and then failed (a timeout, a reset after sending) is not asked of another instance")
    void sentRequestsAreNotRetried() {
        List<URI> asked = new ArrayList<>();
        Future<URI> answer = instances.first(instance -> {
            asked.add(instance);
            return Future.failedFuture(new TimeoutException("no answer"));
        });
        assertThat(answer.failed()).isTrue();
        assertThat(asked).hasSize(1);
        assertThat(ServiceInstances.notOpened(new io.netty.channel.ConnectTimeoutException("connect timed out"))).isTrue();
        assertThat(ServiceInstances.notOpened(new io.vertx.core.VertxException("Connection was closed"))).isFalse();
    }

    @Test
    @DisplayName("one instance (a Kubernetes Service's address): always that one, tried again on the next request even after a refusal")
    void oneInstance() {
        ServiceInstances single = new ServiceInstances("plan-service", List.of(A), nanos::get);
        List<URI> asked = new ArrayList<>();
        assertThat(single.first(instance -> open(instance, Set.of(A), asked)).failed()).isTrue();
        assertThat(single.first(instance -> open(instance, Set.of(), asked)).result()).isEqualTo(A);
        assertThat(asked).containsExactly(A, A);
    }
}
