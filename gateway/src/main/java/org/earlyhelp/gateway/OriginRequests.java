package org.earlyhelp.gateway;

import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.vertx.core.Future;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;

/**
 * Takes a connection to one service for each proxied request (to its next instance, {@link ServiceInstances}), and gives it back if the caller
 * has left while the request waited for it. The proxy (vertx-http-proxy 4.5) then pipes the
 * caller's request into the service's; a caller that has gone never ends that pipe, so the
 * request is never sent, never times out, and holds its connection for ever. Under load (callers
 * giving up while requests queued) this took every connection to plan-service within a minute:
 * the gateway answered all of its routes 503 while the service itself answered at once.
 * <p>
 * Metrics, per service: {@code earlyhelp_gateway_requests_waiting} (waiting for a connection now)
 * and {@code earlyhelp_gateway_requests_abandoned_total} (callers who left while waiting).
 */
final class OriginRequests implements BiFunction<HttpServerRequest, HttpClient, Future<HttpClientRequest>> {

    private final ServiceInstances instances;
    private final long timeoutMillis;
    private final AtomicInteger waiting;
    private final Counter abandoned;

    OriginRequests(ServiceInstances instances, long timeoutMillis, MeterRegistry metrics) {
        String service = instances.service();
        this.instances = instances;
        this.timeoutMillis = timeoutMillis;
        this.waiting = metrics.gauge("earlyhelp.gateway.requests.waiting", Tags.of("service", service), new AtomicInteger());
        this.abandoned = Counter.builder("earlyhelp.gateway.requests.abandoned").tag("service", service)
                .description("Callers who left while their request waited for a connection to the service").register(metrics);
    }

    @Override
    public Future<HttpClientRequest> apply(HttpServerRequest caller, HttpClient client) {
        waiting.incrementAndGet();
        // a connection to the next instance (round robin); one that cannot be opened fails over to the next at once
        return instances.first(instance -> client.request(new RequestOptions().setServer(server(instance)).setIdleTimeout(timeoutMillis)))
                .andThen(taken -> waiting.decrementAndGet())
                .compose(origin -> {
                    if (caller.response().closed()) {
                        abandoned.increment();
                        origin.reset(); // frees the connection (HTTP/1.1: closes it)
                        return Future.failedFuture(new CallerLeft());
                    }
                    return Future.succeededFuture(origin);
                });
    }

    private static SocketAddress server(URI instance) {
        return SocketAddress.inetSocketAddress(instance.getPort(), instance.getHost());
    }

    /** The caller closed its connection before the service could be asked. */
    static final class CallerLeft extends RuntimeException {
        CallerLeft() {
            super("The caller left before a connection to the service was free", null, false, false);
        }
    }
}
