package org.earlyhelp.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * A real single-node Apache Kafka broker in KRaft mode, in a JVM of its own, on loopback ports.
 * Its classpath was resolved from Maven Central when the project was built. It can be stopped
 * and started again on the same ports and data (for the broker-outage tests).
 */
public final class KafkaServer implements AutoCloseable {

    public static final List<String> TOPICS = List.of("earlyhelp.assessment.events", "earlyhelp.plan.events",
            "earlyhelp.referral.events");
    /**
     * Every topic keeps its events for ever: reporting-service rebuilds its read model by replaying the topics from the
     * start, and a parked event on a {@code .dlq} topic stays until someone has looked at it.
     */
    public static final Map<String, String> TOPIC_CONFIG = Map.of("retention.ms", "-1");

    private final int brokerPort;
    private final int controllerPort;
    private final Path workDir;
    private final Path pidDir;
    private final int partitions;
    private final boolean sasl;
    private ManagedProcess process;

    /** The one user a broker started {@link #startWithSasl with SASL} knows besides itself (PLAIN; demo and tests only). */
    public static final String SASL_USER = "earlyhelp";
    private static final String SASL_PASSWORD = "earlyhelp-secret";

    private KafkaServer(int brokerPort, int controllerPort, Path workDir, Path pidDir, int partitions, boolean sasl) {
        this.sasl = sasl;
        this.brokerPort = brokerPort;
        this.controllerPort = controllerPort;
        this.workDir = workDir;
        this.pidDir = pidDir;
        this.partitions = partitions;
    }

    /**
     * Formats a fresh log directory and starts the broker; creates the platform's topics and their dead-letter topics, which
     * keep their events for ever ({@link #TOPIC_CONFIG}): a read model (reporting-service) is rebuilt by reading them again
     * from the start.
     */
    public static KafkaServer start(int brokerPort, Path workDir, Path pidDir) {
        return start(brokerPort, workDir, pidDir, false);
    }

    /**
     * As {@link #start}, with a SASL listener only (SASL/PLAIN over plain TCP, user {@link #SASL_USER}): a client that does
     * not authenticate cannot reach the broker at all. What a managed Kafka asks of the services; {@link #clientSettings()}
     * are the settings a client needs.
     */
    public static KafkaServer startWithSasl(int brokerPort, Path workDir, Path pidDir) {
        return start(brokerPort, workDir, pidDir, true);
    }

    private static KafkaServer start(int brokerPort, Path workDir, Path pidDir, boolean sasl) {
        int port = brokerPort == 0 ? Ports.free() : brokerPort;
        int controller = brokerPort == 0 ? Ports.free() : brokerPort + 1;
        KafkaServer server = new KafkaServer(port, controller, workDir, pidDir, 6, sasl);
        server.format();
        server.startBroker();
        server.createTopics();
        return server;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + brokerPort;
    }

    /**
     * What a client needs besides the bootstrap servers, as Kafka client settings ({@code security.protocol},
     * {@code sasl.mechanism}, {@code sasl.jaas.config}); a service takes them as {@code kafka.*}. Empty for a plain broker.
     */
    public Map<String, String> clientSettings() {
        if (!sasl) {
            return Map.of();
        }
        return Map.of("security.protocol", "SASL_PLAINTEXT", "sasl.mechanism", "PLAIN",
                "sasl.jaas.config", plainLogin(SASL_USER, SASL_PASSWORD));
    }

    private static String plainLogin(String user, String password) {
        return "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + user + "\" password=\"" + password + "\";";
    }

    public long pid() {
        return process.pid();
    }

    /** Stops the broker (as an outage would) keeping its data; {@link #restart()} brings it back. */
    public void stop() {
        if (process != null) {
            process.stop(20);
            process = null;
        }
    }

    public void restart() {
        stop();
        startBroker();
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    private void format() {
        try {
            Files.createDirectories(workDir);
            deleteRecursively(workDir.resolve("data"));
            Files.writeString(workDir.resolve("server.properties"), serverProperties());
            List<String> command = java("kafka.tools.StorageTool", "format", "--standalone", "-t", clusterId(), "-c",
                    workDir.resolve("server.properties").toString());
            Process format = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(workDir.resolve("format.log").toFile()).start();
            if (!format.waitFor(120, TimeUnit.SECONDS) || format.exitValue() != 0) {
                throw new IllegalStateException("Kafka storage format failed: see " + workDir.resolve("format.log"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void startBroker() {
        process = ManagedProcess.start("kafka", java("kafka.Kafka", workDir.resolve("server.properties").toString()),
                Map.of(), workDir, workDir.resolve("kafka.log"), pidDir);
        Wait.until("Kafka broker on " + bootstrapServers(), Duration.ofSeconds(90), this::answers, process.process());
    }

    private boolean answers() {
        try (Admin admin = Admin.create(adminProperties())) {
            return !admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty();
        } catch (Exception e) {
            return false;
        }
    }

    private void createTopics() {
        List<NewTopic> topics = new ArrayList<>();
        for (String topic : TOPICS) {
            topics.add(new NewTopic(topic, partitions, (short) 1).configs(TOPIC_CONFIG));
            topics.add(new NewTopic(topic + ".dlq", 1, (short) 1).configs(TOPIC_CONFIG));
        }
        try (Admin admin = Admin.create(adminProperties())) {
            admin.createTopics(topics).values().values().forEach(future -> {
                try {
                    future.get(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Cannot create topics", e);
                    }
                }
            });
        }
    }

    private Properties adminProperties() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000);
        props.putAll(clientSettings());
        return props;
    }

    /** The broker's listener: PLAINTEXT, or SASL_PLAINTEXT only (the KRaft controller stays on its own local listener). */
    private String listenerProperties() {
        String listener = sasl ? "SASL_PLAINTEXT" : "PLAINTEXT";
        List<String> lines = new ArrayList<>(List.of(
                "listeners=" + listener + "://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=" + listener + "://127.0.0.1:" + brokerPort,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=" + listener,
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT," + listener + ":" + listener));
        if (sasl) {
            lines.add("sasl.enabled.mechanisms=PLAIN");
            lines.add("sasl.mechanism.inter.broker.protocol=PLAIN");
            lines.add("listener.name.sasl_plaintext.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required"
                    + " username=\"broker\" password=\"broker-secret\" user_broker=\"broker-secret\" user_" + SASL_USER + "=\""
                    + SASL_PASSWORD + "\";");
        }
        return String.join("\n", lines);
    }

    private String serverProperties() {
        return String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.bootstrap.servers=127.0.0.1:" + controllerPort,
                listenerProperties(),
                "log.dirs=" + workDir.resolve("data"),
                "num.partitions=" + partitions,
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=6",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "auto.create.topics.enable=true",
                // a topic created by a client's first use keeps its events for ever too (the default is 7 days)
                "log.retention.ms=-1",
                "log.segment.bytes=67108864",
                "") ;
    }

    private List<String> java(String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(ManagedProcess.javaBinary(), "-Xms64m", "-Xmx384m",
                "-XX:+UseSerialGC", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp", brokerClasspath(), mainClass));
        command.addAll(List.of(args));
        return command;
    }

    static String brokerClasspath() {
        try (InputStream in = KafkaServer.class.getResourceAsStream("kafka-broker.classpath")) {
            if (in == null) {
                throw new IllegalStateException("kafka-broker.classpath is missing: build the local-stack-kafka-broker module");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Kafka's own generator: never an id that starts with '-', which the storage tool would read as an option. */
    private static String clusterId() {
        return org.apache.kafka.common.Uuid.randomUuid().toString();
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Override
    public void close() {
        stop();
    }
}
