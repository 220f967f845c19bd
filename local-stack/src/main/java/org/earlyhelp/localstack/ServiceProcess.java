package org.earlyhelp.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One packaged service (its Quarkus fast-jar) running as its own JVM. */
public final class ServiceProcess implements AutoCloseable {

    private final String name;
    private final int port;
    private final int managementPort;
    private final Path jar;
    private final Map<String, String> config;
    private final Path logDir;
    private final Path pidDir;
    private ManagedProcess process;

    public ServiceProcess(String name, int port, Path root, Map<String, String> config, Path logDir, Path pidDir) {
        this(name, port, port, root, config, logDir, pidDir);
    }

    /** @param managementPort where its health and metrics are served, when not on {@code port} (the gateway's) */
    public ServiceProcess(String name, int port, int managementPort, Path root, Map<String, String> config, Path logDir, Path pidDir) {
        this.name = name;
        this.port = port;
        this.managementPort = managementPort;
        this.jar = root.resolve(name).resolve("target").resolve("quarkus-app").resolve("quarkus-run.jar");
        this.config = config;
        this.logDir = logDir;
        this.pidDir = pidDir;
    }

    /** Starts the JVM; {@link #awaitReady()} waits for its readiness. */
    public ServiceProcess launch() {
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the project first (./mvnw package -DskipTests)");
        }
        // Sized from the benchmark (load-tests/RESULTS.md): a 160 MB heap ran referral-service out of memory under overload
        // at 1 000 000 families, so 256 MB; the code cache is capped (42 MB used after a whole run), malloc keeps two arenas.
        // Serial GC: on two cores Parallel's young pauses were twice as long and G1 paused three times as often
        // (load-tests/JVM-CHOICES.md). C1 only (TieredStopAtLevel=1): with five JVMs, PostgreSQL and Kafka on two cores, C2
        // was still compiling after minutes of load (30-47 % of each service's CPU) and latency at 60-150 requests/s was a
        // fraction of C2's; a machine of their own, as in a deployment, is where C2's peak pays back.
        List<String> command = new ArrayList<>(List.of(ManagedProcess.javaBinary(), "-Xms32m", "-Xmx256m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-XX:ReservedCodeCacheSize=64m", "-Xss512k", "-XX:+ExitOnOutOfMemoryError",
                "-Dquarkus.http.port=" + port, "-Dquarkus.http.host=127.0.0.1"));
        // The class-data archive a build with -Dquarkus.package.jar.appcds.enabled=true leaves beside the jar (the benchmark's
        // build does): classes are mapped from it instead of loaded and verified one by one, so the service starts sooner.
        if (Files.exists(jar.resolveSibling("app-cds.jsa"))) {
            command.add("-XX:SharedArchiveFile=" + jar.resolveSibling("app-cds.jsa"));
        }
        config.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(jar.toString());
        process = ManagedProcess.start(name, command, Map.of("MALLOC_ARENA_MAX", "2"), jar.getParent(), logDir.resolve(name + ".log"), pidDir);
        return this;
    }

    public ServiceProcess awaitReady() {
        Wait.until(name + " on port " + port, Duration.ofSeconds(120), () -> Wait.httpOk(managementUrl() + "/q/health/ready"), process.process());
        return this;
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    /** Health and metrics: the service's own port, or the gateway's management port. */
    public String managementUrl() {
        return "http://localhost:" + managementPort;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** SIGKILL: for the failure journeys. */
    public void kill() {
        if (process != null) {
            process.kill();
        }
    }

    public void stop() {
        if (process != null) {
            process.stop(20);
            process = null;
        }
    }

    /** Starts it again on the same port and configuration (after {@link #kill()} or {@link #stop()}) and waits until ready. */
    public ServiceProcess restart() {
        if (isRunning()) {
            stop();
        }
        return launch().awaitReady();
    }

    @Override
    public void close() {
        stop();
    }
}
