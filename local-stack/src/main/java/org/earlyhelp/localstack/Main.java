package org.earlyhelp.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The {@code ./earlyhelp} commands that need Java: {@code up} (the supervisor: starts the whole
 * system and stops it on Ctrl-C or SIGTERM), {@code down}, {@code status}, {@code token USER}.
 */
public final class Main {

    static final Map<String, String> DEMO_USERS = new java.util.LinkedHashMap<>();
    static {
        DEMO_USERS.put("teacher", "practitioner, agency school");
        DEMO_USERS.put("hv", "practitioner, agency health");
        DEMO_USERS.put("stranger", "practitioner, agency police (no relationship to any family)");
        DEMO_USERS.put("ehteam", "early-help-team");
        DEMO_USERS.put("sw", "social-worker");
        DEMO_USERS.put("manager", "manager");
        DEMO_USERS.put("healthmanager", "manager, agency health");
        DEMO_USERS.put("partnership", "manager, agency safeguarding-partnership");
        DEMO_USERS.put("auditor", "auditor");
        DEMO_USERS.put("admin", "admin");
    }
    static final String PARTNER_CLIENT = "partner-school-mis";
    static final String PARTNER_SECRET = "partner-school-mis-secret";

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("earlyhelp.root", ".")).toAbsolutePath().normalize();
        Path state = root.resolve(".earlyhelp");
        String command = args.length == 0 ? "help" : args[0];
        switch (command) {
            case "up" -> {
                int replicas;
                try {
                    replicas = replicas(args);
                } catch (IllegalArgumentException e) {
                    System.err.println("earlyhelp: " + e.getMessage());
                    System.exit(2);
                    return;
                }
                up(root, state, replicas);
            }
            case "down" -> System.exit(down(state));
            case "status" -> System.exit(status(state));
            case "token" -> {
                if (args.length < 2) {
                    System.err.println("usage: ./earlyhelp token USER   (a demo user, or " + PARTNER_CLIENT + ")");
                    System.exit(2);
                }
                System.out.println(token(args[1]));
            }
            default -> {
                System.err.println("usage: ./earlyhelp up [--replicas N] [--detach] | down | status | logs SERVICE | token USER");
                System.exit(2);
            }
        }
    }

    /** {@code up --replicas N}: N instances of each domain service (1 to 4); 1 without the option. */
    static int replicas(String[] args) {
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--replicas")) {
                if (i + 1 >= args.length || !args[i + 1].matches("[0-9]{1,3}")) {
                    throw new IllegalArgumentException("--replicas needs a number from 1 to " + EarlyHelpSystem.MAX_REPLICAS);
                }
                return EarlyHelpSystem.checkReplicas(Integer.parseInt(args[i + 1]));
            }
        }
        return 1;
    }

    private static void up(Path root, Path state, int replicas) throws InterruptedException {
        EarlyHelpSystem system = new EarlyHelpSystem(root, state, EarlyHelpSystem.PortPlan.defaults(replicas));
        CountDownLatch stopped = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicReference<Supervisor> supervisor = new java.util.concurrent.atomic.AtomicReference<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping the early help platform...");
            if (supervisor.get() != null) {
                supervisor.get().close();
            }
            system.close();
            System.out.println("Stopped.");
            stopped.countDown();
        }, "earlyhelp-down"));
        writeSupervisorPid(state);
        writeReplicas(state, replicas);
        try {
            system.start(message -> System.out.println("  " + message));
        } catch (Throwable e) {
            System.out.println("Start failed: " + e + " (logs in " + state.resolve("logs") + ")");
            e.printStackTrace();
            System.exit(1);
        }
        printSummary(system);
        supervisor.set(new Supervisor(java.util.List.copyOf(system.services().values()),
                message -> System.out.println(java.time.LocalTime.now().withNano(0) + " supervisor: " + message)).start());
        System.out.println("READY");
        stopped.await();
    }

    /** How many instances of each service this run has, for {@code status} (which probes each one's port). */
    private static void writeReplicas(Path state, int replicas) {
        try {
            Files.writeString(state.resolve("replicas"), Integer.toString(replicas));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static int replicasRunning(Path state) {
        try {
            return EarlyHelpSystem.checkReplicas(Integer.parseInt(Files.readString(state.resolve("replicas")).trim()));
        } catch (IOException | RuntimeException e) {
            return 1;
        }
    }

    private static void printSummary(EarlyHelpSystem system) {
        System.out.println();
        System.out.println("Early help platform is up.");
        System.out.println("  API (gateway)   " + system.gatewayUrl() + "/api   readiness and metrics (this machine only) "
                + system.service("gateway").managementUrl() + "/q/health/ready");
        system.services().values().forEach(s -> System.out.printf("  %-21s %s%n", s.name(), s.url()));
        if (system.instances(EarlyHelpSystem.DOMAIN_SERVICES.get(0)).size() > 1) {
            System.out.println("  (the gateway balances across each service's instances: round robin, passing over one that is down)");
        }
        System.out.println("  Keycloak        " + system.keycloak().realmUrl() + "   (admin console: none in this demo realm)");
        System.out.println("  PostgreSQL      localhost:" + EarlyHelpSystem.PortPlan.defaults().postgres() + " (user postgres)");
        System.out.println("  Kafka           " + system.kafka().bootstrapServers());
        System.out.println("  SMTP (emails)   localhost:" + system.mailServer().port() + " (embedded; emails stay in memory)");
        System.out.println("  Traces          " + (system.otlpEndpoint() == null
                ? "not exported (set " + EarlyHelpSystem.OTLP_ENDPOINT_VARIABLE + "=http://collector:4317 to export them over OTLP)"
                : "exported over OTLP to " + system.otlpEndpoint()));
        System.out.println("Demo users (DEMO ONLY: the password is the user name; area isle-of-wight):");
        DEMO_USERS.forEach((user, role) -> System.out.printf("  %-9s %s%n", user, role));
        System.out.println("  client " + PARTNER_CLIENT + " (partner-system, client credentials, secret " + PARTNER_SECRET + ")");
        System.out.println("Get a token:  TOKEN=$(./earlyhelp token teacher | tail -1)");
        System.out.println("Logs:         ./earlyhelp logs plan-service" + (system.instances("plan-service").size() > 1 ? " (or plan-service-2, ...)" : "")
                + "      Stop: Ctrl-C or ./earlyhelp down");
    }

    private static void writeSupervisorPid(Path state) {
        try {
            Files.createDirectories(state.resolve("run"));
            Files.writeString(state.resolve("supervisor.pid"), Long.toString(ProcessHandle.current().pid()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Stops the supervisor (which stops everything), then anything a crashed supervisor left behind. */
    static int down(Path state) throws IOException {
        Optional<ProcessHandle> supervisor = pidIn(state.resolve("supervisor.pid"));
        if (supervisor.isPresent()) {
            System.out.println("Stopping the supervisor (pid " + supervisor.get().pid() + ")...");
            supervisor.get().destroy();
            try {
                supervisor.get().onExit().get(120, TimeUnit.SECONDS);
            } catch (Exception e) {
                supervisor.get().destroyForcibly();
            }
        }
        Files.deleteIfExists(state.resolve("supervisor.pid"));
        Files.deleteIfExists(state.resolve("replicas"));
        for (Path pidFile : pidFiles(state)) {
            Optional<ProcessHandle> left = pidIn(pidFile);
            if (left.isPresent()) {
                System.out.println("Stopping leftover " + pidFile.getFileName() + " (pid " + left.get().pid() + ")");
                left.get().descendants().forEach(ProcessHandle::destroy);
                left.get().destroy();
                try {
                    left.get().onExit().get(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                    left.get().descendants().forEach(ProcessHandle::destroyForcibly);
                    left.get().destroyForcibly();
                }
            }
            Files.deleteIfExists(pidFile);
        }
        System.out.println("Everything is stopped.");
        return 0;
    }

    static int status(Path state) throws IOException {
        boolean up = pidIn(state.resolve("supervisor.pid")).isPresent();
        System.out.println("supervisor            " + (up ? "running" : "not running"));
        EarlyHelpSystem.PortPlan ports = EarlyHelpSystem.PortPlan.defaults(replicasRunning(state));
        for (Map.Entry<String, List<Integer>> service : ports.instances().entrySet()) {
            for (int k = 1; k <= service.getValue().size(); k++) {
                System.out.printf("%-21s %s%n", EarlyHelpSystem.instanceName(service.getKey(), k), readiness(service.getValue().get(k - 1)));
            }
        }
        System.out.printf("%-21s %s%n", "gateway", readiness(ports.gatewayManagement()));
        System.out.printf("%-21s %s%n", "keycloak", Wait.httpOk("http://localhost:" + ports.keycloak() + "/realms/earlyhelp") ? "up" : "down");
        for (Path pidFile : pidFiles(state)) {
            String name = pidFile.getFileName().toString().replace(".pid", "");
            if (name.equals("postgres") || name.equals("kafka")) {
                System.out.printf("%-21s %s%n", name, pidIn(pidFile).isPresent() ? "running" : "not running");
            }
        }
        return up ? 0 : 3;
    }

    private static String readiness(int port) {
        return Wait.httpOk("http://localhost:" + port + "/q/health/ready") ? "ready (:" + port + ")" : "not ready (:" + port + ")";
    }

    static String token(String user) {
        String realm = "http://localhost:" + EarlyHelpSystem.PortPlan.defaults().keycloak() + "/realms/" + KeycloakServer.REALM;
        if (user.equals(PARTNER_CLIENT)) {
            return KeycloakServer.token(realm, "grant_type=client_credentials&client_id=" + PARTNER_CLIENT + "&client_secret=" + PARTNER_SECRET);
        }
        return KeycloakServer.token(realm, "grant_type=password&client_id=earlyhelp-cli&username=" + user + "&password=" + user);
    }

    private static List<Path> pidFiles(Path state) throws IOException {
        Path run = state.resolve("run");
        if (!Files.isDirectory(run)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(run)) {
            // services before infrastructure
            return files.filter(p -> p.toString().endsWith(".pid"))
                    .sorted((a, b) -> Integer.compare(rank(a), rank(b))).toList();
        }
    }

    private static int rank(Path pidFile) {
        String name = pidFile.getFileName().toString();
        return name.startsWith("postgres") ? 3 : name.startsWith("kafka") ? 2 : name.startsWith("keycloak") ? 1 : 0;
    }

    private static Optional<ProcessHandle> pidIn(Path pidFile) {
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim())).filter(ProcessHandle::isAlive);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Main() {
    }
}
