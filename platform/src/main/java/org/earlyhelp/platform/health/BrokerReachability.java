package org.earlyhelp.platform.health;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.health.api.HealthGroup;

/**
 * Whether the Kafka broker answers, for dashboards ({@code /q/health/group/dependencies}), never for a probe: a service
 * stays ready while the broker is away (its writes wait in the outbox, its consumers resume where they stopped), so the
 * broker is in neither liveness nor readiness. The broker is asked on a schedule (a {@code describeCluster} with a short
 * timeout, on a worker thread) and the check only reads the last answer: a probe or a scrape never waits on the broker.
 * The admin client connects exactly as the consumers and the relay do (every {@code kafka.*} admin setting: bootstrap
 * servers, TLS, SASL).
 */
@ApplicationScoped
@HealthGroup(Dependencies.GROUP)
public class BrokerReachability implements HealthCheck {

    static final String NAME = "kafka-broker";

    private final Map<String, Object> kafkaSettings;
    private final String bootstrapServers;
    private final Duration timeout;
    private final java.time.Clock clock;
    private volatile Admin admin;
    private volatile Reachability last = Reachability.notYetAsked();

    public BrokerReachability(@Identifier("default-kafka-broker") Map<String, Object> kafkaSettings,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            HealthConfig config, java.time.Clock clock) {
        this.kafkaSettings = kafkaSettings;
        this.bootstrapServers = bootstrapServers;
        this.timeout = config.brokerTimeout();
        this.clock = clock;
    }

    @Override
    public HealthCheckResponse call() {
        return last.toResponse(NAME);
    }

    @Scheduled(every = "${earlyhelp.health.broker-check-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void ask() {
        Instant at = clock.instant();
        try {
            int nodes = admin().describeCluster().nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS).size();
            last = Reachability.reached(nodes, at);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            Throwable cause = e instanceof java.util.concurrent.ExecutionException && e.getCause() != null ? e.getCause() : e;
            last = Reachability.unreachable(cause.getClass().getSimpleName(), at);
        }
    }

    private Admin admin() {
        Admin current = admin;
        if (current == null) {
            synchronized (this) {
                if (admin == null) {
                    admin = Admin.create(adminProperties());
                }
                current = admin;
            }
        }
        return current;
    }

    private Properties adminProperties() {
        Properties props = new Properties();
        kafkaSettings.forEach((key, value) -> {
            if (AdminClientConfig.configNames().contains(key) && value != null) {
                props.put(key, value);
            }
        });
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "health-broker-check");
        int millis = (int) timeout.toMillis();
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis);
        props.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1_000);
        return props;
    }

    @PreDestroy
    void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(1));
        }
    }
}
