package org.earlyhelp.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One packaged service (its Quarkus fast-jar) running as its own JVM: one instance of it, named after the module
 * ({@code plan-service}), or after the module and its number when it is a further replica ({@code plan-service-2}), which
 * names its log file and pid file too.
 */
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
        this(name, name, port, port, root, config, logDir, pidDir);
    }

    /** @param managementPort where its health and metrics are served, when not on {@code port} (the gateway's) */
    public ServiceProcess(String name, int port, int managementPort, Path root, Map<String, String> config, Path logDir, Path pidDir) {
        this(name, name, port, managementPort, root, config, logDir, pidDir);
    }

    /**
     * An instance of a module's service under a name of its own (a replica: {@code plan-service-2} of {@code plan-service}),
     * which names its log and pid files.
     */
    public ServiceProcess(String module, String name, int port, int managementPort, Path root, Map<String, String> config, Path logDir,
            Path pidDir) {
        this.name = name;
        this.port = port;
        this.managementPort = managementPort;
        this.jar = root.resolve(module).resolve("target").resolve("quarkus-app").resolve("quarkus-run.jar");
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
        command.addAll(startupArchive(jar, Runtime.version().feature()));
        // Last, so that they win over the defaults above (HotSpot takes the last of a flag given twice): the benchmark's
        // JVM experiments, and anyone who wants other flags for a service.
        String extra = System.getenv(EXTRA_OPTIONS_VARIABLE);
        if (extra != null && !extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        config.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(jar.toString());
        process = ManagedProcess.start(name, command, Map.of("MALLOC_ARENA_MAX", "2"), jar.getParent(), logDir.resolve(name + ".log"), pidDir);
        return this;
    }

    /** Extra JVM options for every service, after the defaults ({@code ./earlyhelp up} and the e2e tests pass it on). */
    public static final String EXTRA_OPTIONS_VARIABLE = "EARLYHELP_SERVICE_JAVA_OPTIONS";

    /**
     * What a build left beside the jar to start from: on JDK 25 or newer the AOT cache ({@code app.aot}, JEP 483/514/515: a
     * build with {@code -Dquarkus.package.jar.aot.enabled=true} on JDK 25 writes it), classes loaded and linked and methods'
     * profiles ready; otherwise the class-data archive of {@code -Dquarkus.package.jar.appcds.enabled=true}. Either is
     * used only by the JVM that made it (another JVM ignores it, with a warning, and starts without).
     */
    static List<String> startupArchive(Path jar, int javaFeatureVersion) {
        Path aot = jar.resolveSibling("app.aot");
        if (javaFeatureVersion >= 25 && Files.exists(aot)) {
            return List.of("-XX:AOTCache=" + aot);
        }
        Path cds = jar.resolveSibling("app-cds.jsa");
        if (Files.exists(cds)) {
            return List.of("-XX:SharedArchiveFile=" + cds);
        }
        return List.of();
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
