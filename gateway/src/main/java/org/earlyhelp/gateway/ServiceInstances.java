package org.earlyhelp.gateway;

import java.net.ConnectException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Function;
import java.util.function.LongSupplier;

import io.vertx.core.Future;

/**
 * The instances of one service and which to ask next: round robin, and an instance whose connection could not be opened
 * (refused or reset before anything was sent: a replica killed or restarting) is passed over for {@link #PASS_OVER}, then
 * tried again. {@link #first} fails a request over to the next instance at once, within the same request, only when the
 * connection could not be opened: nothing was sent, so it is safe for any method. A request that was sent and then failed
 * is never asked again (a POST may have committed). One instance (the usual case: in Kubernetes {@code url} is the Service's
 * address, and the Service balances) behaves exactly as a plain URL.
 * <p>
 * Written here rather than with SmallRye Stork: Stork only selects an instance and stays out of the call (its open issue
 * smallrye-stork#232, "Failover support", suggests a failure-aware balancer plus a MicroProfile {@code @Retry}), its Quarkus
 * integration serves the REST and gRPC clients, not the Vert.x proxy the gateway is built on, and a retry around the call
 * could not tell "never sent" from "sent, then failed", which is the whole rule here.
 */
final class ServiceInstances {

    /** How long an instance whose connection could not be opened is passed over before it is tried again. */
    static final Duration PASS_OVER = Duration.ofSeconds(3);

    private final String service;
    private final List<URI> instances;
    private final LongSupplier nanoTicker;
    private final AtomicInteger next = new AtomicInteger();
    /** Per instance: the ticker's value until which it is passed over (0: never failed, or since answered). */
    private final AtomicLongArray passedOverUntil;

    ServiceInstances(String service, List<URI> instances, LongSupplier nanoTicker) {
        if (instances.isEmpty()) {
            throw new IllegalArgumentException(service + ": at least one instance");
        }
        this.service = service;
        this.instances = List.copyOf(instances);
        this.nanoTicker = nanoTicker;
        this.passedOverUntil = new AtomicLongArray(instances.size());
    }

    /** A service's instances from its configuration: {@code instances} when given, else its one {@code url}. */
    static ServiceInstances of(String service, GatewayConfig.Service config) {
        List<URI> listed = config.instances().filter(list -> !list.isEmpty()).orElse(List.of(config.url()));
        return new ServiceInstances(service, listed, System::nanoTime);
    }

    String service() {
        return service;
    }

    List<URI> all() {
        return instances;
    }

    /**
     * The instances to try for one request, in order: round robin from the next one, those passed over moved to the end
     * (still tried when every other could not be reached either).
     */
    List<URI> order() {
        int size = instances.size();
        int start = Math.floorMod(next.getAndIncrement(), size);
        long now = nanoTicker.getAsLong();
        List<URI> ready = new ArrayList<>(size);
        List<URI> passedOver = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            int index = (start + i) % size;
            long until = passedOverUntil.get(index);
            (until != 0 && now - until < 0 ? passedOver : ready).add(instances.get(index));
        }
        ready.addAll(passedOver);
        return ready;
    }

    /** The instance's connection could not be opened: pass it over for a while. */
    void unreachable(URI instance) {
        int index = instances.indexOf(instance);
        if (index >= 0) {
            long until = nanoTicker.getAsLong() + PASS_OVER.toNanos();
            passedOverUntil.set(index, until == 0 ? 1 : until);
        }
    }

    /** The instance's connection opened: it is no longer passed over. */
    void reached(URI instance) {
        int index = instances.indexOf(instance);
        if (index >= 0 && passedOverUntil.get(index) != 0) {
            passedOverUntil.set(index, 0);
        }
    }

    /**
     * Opens what {@code open} opens (a connection, a request) on the first instance that can be reached, in {@link #order()}:
     * an instance whose connection could not be opened ({@link #notOpened}) is passed over and the next one tried at once;
     * any other failure is the answer.
     */
    <T> Future<T> first(Function<URI, Future<T>> open) {
        return attempt(order(), 0, open);
    }

    private <T> Future<T> attempt(List<URI> order, int index, Function<URI, Future<T>> open) {
        URI instance = order.get(index);
        return open.apply(instance).transform(result -> {
            if (result.succeeded()) {
                reached(instance);
                return Future.succeededFuture(result.result());
            }
            if (!notOpened(result.cause())) {
                return Future.failedFuture(result.cause());
            }
            unreachable(instance);
            return index + 1 < order.size() ? attempt(order, index + 1, open) : Future.failedFuture(result.cause());
        });
    }

    /** The connection could not be opened (refused, reset or timed out while connecting): nothing was sent. */
    static boolean notOpened(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) { // Netty's AnnotatedConnectException and ConnectTimeoutException too
                return true;
            }
        }
        return false;
    }
}
