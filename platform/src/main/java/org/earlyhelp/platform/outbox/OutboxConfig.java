package org.earlyhelp.platform.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "earlyhelp.outbox")
public interface OutboxConfig {

    /** The CloudEvents {@code ce_source} of this service's events, e.g. {@code /earlyhelp/plan-service}. */
    @WithDefault("/earlyhelp/${quarkus.application.name}")
    String source();

    /** Most events published in one relay pass. */
    @WithDefault("500")
    int batchSize();

    /** How long one pass waits for the broker to acknowledge its batch before trying again later. */
    @WithDefault("15s")
    Duration sendTimeout();

    /**
     * Largest event, in bytes, an aggregate may write: a larger one is refused when it is written (413), so none reaches
     * the broker to be refused there. Below the broker's and the producer's 1 MiB defaults, with room for the headers.
     */
    @WithDefault("262144")
    int maxEventBytes();

    /**
     * At shutdown, how long the relay waits for the batch under way to be acknowledged and marked (no new batch starts).
     * Part of the pod's termination grace period, after {@code quarkus.shutdown.timeout}.
     */
    @WithDefault("10s")
    Duration stopTimeout();

    /**
     * How long the relay waits after a commit before its pass, so that the events of the commits in that window go in one
     * pass (one transaction, one lock, one query, one batch to the broker) instead of a pass each. 0: a pass per commit.
     */
    @WithDefault("10ms")
    Duration linger();

    /** Whether this replica relays at all (one replica at a time does; the others wait on the lock). */
    @WithDefault("true")
    boolean enabled();
}
