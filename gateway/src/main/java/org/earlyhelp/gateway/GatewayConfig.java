package org.earlyhelp.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "earlyhelp.gateway")
public interface GatewayConfig {

    /**
     * Each owning service by name ({@code plan-service}): its base URL and the paths it owns, under {@code /api} or (a page
     * such as reporting-service's {@code /reports/partnership}) beside it; every one of them needs a verified token.
     */
    Map<String, Service> services();

    /** How long the gateway waits for a service to answer its readiness probe (the downstream health group, DownstreamHealth). */
    @WithDefault("2s")
    Duration readinessTimeout();

    /** How long a service may take to answer before the gateway answers 504. */
    @WithDefault("30s")
    Duration serviceTimeout();

    RateLimit rateLimit();

    /**
     * How long a caller has, from a request's first byte, to send all of its headers; then the connection is closed.
     * The idle timeout alone cannot stop a caller trickling a byte at a time (see {@code edge.ReadDeadlines}).
     */
    @WithDefault("10s")
    Duration headerTimeout();

    /** How long a caller has, from a request's first byte, to send the whole request, body included (1 MB at most). */
    @WithDefault("60s")
    Duration requestReadTimeout();

    /** Connections from the gateway to each service. */
    @WithDefault("50")
    int maxConnectionsPerService();

    /**
     * Requests that may wait for a connection to one service. Beyond them the gateway sheds load at
     * once (503 with Retry-After) instead of queueing without bound: under overload an unbounded
     * queue ran the gateway out of memory (found by the benchmark at 300 req/s offered).
     */
    @WithDefault("200")
    int maxQueuedPerService();

    /** Requests per token subject (a user, or a partner system's client) per minute; over it, 429 with Retry-After. */
    interface RateLimit {
        @WithDefault("true")
        boolean enabled();

        @WithDefault("600")
        int perMinute();

        /** Per client address per minute, counted before authentication (a shared NAT of a whole council fits). */
        @WithDefault("3000")
        int perAddressPerMinute();
    }

    interface Service {
        /** Where the service is: in Kubernetes its Service's address (the Service balances across the pods). */
        URI url();

        /**
         * Optional: every instance's URL, when the gateway balances across them itself (the local stack's replicas,
         * {@code ./earlyhelp up --replicas N}): round robin, an instance that refuses the connection is passed over for a few
         * seconds and the request goes to the next one ({@link ServiceInstances}). Unset: {@link #url()} alone.
         */
        Optional<List<URI>> instances();

        List<String> paths();

        /**
         * Whether the service has its part of a family's timeline ({@code GET /api/timeline?familyId=}): the gateway asks
         * only those that do, so a service without one (reporting-service) is never named as missing from it.
         */
        @WithDefault("true")
        boolean timeline();
    }
}
