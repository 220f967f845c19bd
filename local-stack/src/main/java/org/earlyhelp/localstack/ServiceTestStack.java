package org.earlyhelp.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * One real PostgreSQL and one real Kafka broker per test JVM, shared by every test class of a
 * service (data is isolated by fresh ids, not by restarting servers). Register it with
 * {@code @QuarkusTestResource(ServiceTestStack.class)}.
 */
public class ServiceTestStack implements QuarkusTestResourceLifecycleManager {

    private static PostgresServer postgres;
    private static KafkaServer kafka;

    public static synchronized void ensureStarted() {
        if (postgres != null) {
            return;
        }
        try {
            Path work = Files.createTempDirectory("earlyhelp-test-stack");
            postgres = PostgresServer.start(0, null);
            kafka = KafkaServer.start(0, work.resolve("kafka"), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.close();
            postgres.close();
        }, "test-stack-shutdown"));
    }

    /** The broker, for tests that stop and restart it. */
    public static KafkaServer kafka() {
        ensureStarted();
        return kafka;
    }

    public static PostgresServer postgres() {
        ensureStarted();
        return postgres;
    }

    @Override
    public Map<String, String> start() {
        ensureStarted();
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl("postgres"),
                "quarkus.datasource.username", postgres.username(),
                "quarkus.datasource.password", postgres.password(),
                "kafka.bootstrap.servers", kafka.bootstrapServers());
    }

    @Override
    public void stop() {
        // shared for the whole JVM: stopped by the shutdown hook
    }
}
