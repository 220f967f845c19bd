package org.earlyhelp.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The whole system as separate processes on one machine, without Docker: a real PostgreSQL, a
 * real Kafka broker, a real Keycloak, then the domain services ({@link #DOMAIN}) and the gateway, each its own JVM.
 * Used by {@code ./earlyhelp up} (fixed ports) and by the end-to-end tests (free ports).
 */
public final class EarlyHelpSystem implements AutoCloseable {

    /**
     * A domain service: its module and process name, its port under {@code ./earlyhelp up}, and whether it is given the
     * key that seals narrative in events (reporting-service reads codes and dates only, and never holds it).
     */
    public record DomainService(String name, int defaultPort, boolean sealingKey) {

        /** Its database, on the one PostgreSQL server: its name without "-service" ({@code plan}). */
        public String database() {
            return name.replace("-service", "");
        }
    }

    /**
     * Every domain service, in start order: the one list that the run command, its {@code status}, the databases created,
     * the gateway's URLs for them, the supervisor and the end-to-end tests all follow. A new service is added here (and,
     * outside Java, to the {@code earlyhelp} script's and {@code load-tests/bench.sh}'s lists of what is built, and to the
     * gateway's {@code earlyhelp.gateway.services.<name>.paths}).
     */
    public static final List<DomainService> DOMAIN = List.of(new DomainService("assessment-service", 8081, true),
            new DomainService("plan-service", 8082, true), new DomainService("referral-service", 8083, true),
            new DomainService("notification-service", 8084, true), new DomainService("reporting-service", 8085, false));
    public static final List<String> DOMAIN_SERVICES = DOMAIN.stream().map(DomainService::name).toList();
    /** Demo only: the AES key that seals narrative in events. Real deployments set their own secret. */
    public static final String DEMO_SEALING_KEY = "ZWFybHloZWxwLWRlbW8tb25seS1zZWFsaW5nLWtleSE=";

    /** At most this many instances of each domain service ({@code ./earlyhelp up --replicas N}). */
    public static final int MAX_REPLICAS = 4;
    /** Under {@code ./earlyhelp up}, instance k of a service listens on its documented port + 10 * (k - 1): 8082, 8092, 8102... */
    public static final int REPLICA_PORT_STEP = 10;

    /** The name of a service's k-th instance (from 1): the first is the service's own name, then {@code plan-service-2}, ... */
    public static String instanceName(String service, int instance) {
        return instance == 1 ? service : service + "-" + instance;
    }

    /** A number of replicas, checked: 1 to {@link #MAX_REPLICAS}. */
    public static int checkReplicas(int replicas) {
        if (replicas < 1 || replicas > MAX_REPLICAS) {
            throw new IllegalArgumentException("replicas must be from 1 to " + MAX_REPLICAS + " (each domain service's instances), not " + replicas);
        }
        return replicas;
    }

    /**
     * {@code gatewayManagement}: the gateway's health and metrics, off its public port (Quarkus' management interface).
     * {@code instances}: each domain service's instances' ports, the first instance's first.
     */
    public record PortPlan(int postgres, int kafka, int keycloak, int gateway, int gatewayManagement, int smtp,
            Map<String, List<Integer>> instances) {

        /** The documented ports of {@code ./earlyhelp up}: one instance of each domain service. */
        public static PortPlan defaults() {
            return defaults(1);
        }

        /** The documented ports of {@code ./earlyhelp up --replicas N}: instance k on the service's port + 10 * (k - 1). */
        public static PortPlan defaults(int replicas) {
            checkReplicas(replicas);
            Map<String, List<Integer>> instances = new LinkedHashMap<>();
            DOMAIN.forEach(s -> {
                List<Integer> ports = new ArrayList<>();
                for (int k = 0; k < replicas; k++) {
                    ports.add(s.defaultPort() + REPLICA_PORT_STEP * k);
                }
                instances.put(s.name(), List.copyOf(ports));
            });
            return new PortPlan(15432, 19092, 8180, 8080, 9000, 3025, instances);
        }

        /** Any free ports: for tests, so they never collide with a running system. */
        public static PortPlan free() {
            return free(1);
        }

        /** Any free ports, one for every instance of every domain service. */
        public static PortPlan free(int replicas) {
            checkReplicas(replicas);
            java.util.Set<Integer> taken = new java.util.HashSet<>();
            int kafka = Ports.freePairExcept(taken); // the broker, and its KRaft controller on the next port
            taken.add(kafka);
            taken.add(kafka + 1);
            Map<String, List<Integer>> instances = new LinkedHashMap<>();
            DOMAIN_SERVICES.forEach(s -> {
                List<Integer> ports = new ArrayList<>();
                for (int k = 0; k < replicas; k++) {
                    ports.add(take(taken));
                }
                instances.put(s, List.copyOf(ports));
            });
            return new PortPlan(take(taken), kafka, take(taken), take(taken), take(taken), take(taken), instances);
        }

        private static int take(java.util.Set<Integer> taken) {
            int port = Ports.freeExcept(taken);
            taken.add(port);
            return port;
        }

        /** Each domain service's first instance's port (its documented port under {@code ./earlyhelp up}). */
        public Map<String, Integer> services() {
            Map<String, Integer> first = new LinkedHashMap<>();
            instances.forEach((service, ports) -> first.put(service, ports.get(0)));
            return first;
        }

        /** How many instances of each domain service. */
        public int replicas() {
            return instances.values().iterator().next().size();
        }

        List<Integer> all() {
            List<Integer> ports = new ArrayList<>(List.of(postgres, kafka, kafka + 1, keycloak, gateway, gatewayManagement, smtp));
            instances.values().forEach(ports::addAll);
            return ports;
        }
    }

    private final Path root;
    private final Path workDir;
    private final PortPlan ports;
    private final Path logDir;
    private final Path pidDir;
    private PostgresServer postgres;
    private KafkaServer kafka;
    private KeycloakServer keycloak;
    private MailServer mailServer;
    /** Every process by instance name, in start order: each domain service's instances, then the gateway. */
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    /** Each domain service's instances' ports now (grown and shrunk by {@link #scaleTo}). */
    private final Map<String, List<Integer>> instancePorts = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> instanceOverrides = new LinkedHashMap<>();
    private final Map<String, String> gatewayOverrides = new LinkedHashMap<>();
    private final Map<String, String> serviceOverrides = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> oneServiceOverrides = new LinkedHashMap<>();
    private boolean kafkaSasl;
    private List<String> frontendOrigins = KeycloakServer.frontendOrigins(System.getenv("EARLYHELP_FRONTEND_ORIGINS"));
    /** Where every process exports its spans (OTLP), or null: none leave them. {@code ./earlyhelp up} takes it from its environment. */
    private String otlpEndpoint = blankToNull(System.getenv(OTLP_ENDPOINT_VARIABLE));
    private String otlpProtocol = blankToNull(System.getenv("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_PROTOCOL"));

    /** The one switch for exporting traces: a collector's OTLP endpoint ({@code http://collector:4317}). */
    public static final String OTLP_ENDPOINT_VARIABLE = "EARLYHELP_OTLP_ENDPOINT";

    public EarlyHelpSystem(Path root, Path workDir, PortPlan ports) {
        this.root = root.toAbsolutePath().normalize();
        this.workDir = workDir.toAbsolutePath().normalize();
        this.ports = ports;
        ports.instances().forEach((service, list) -> instancePorts.put(service, new ArrayList<>(list)));
        this.logDir = this.workDir.resolve("logs");
        this.pidDir = this.workDir.resolve("run");
    }

    /** A gateway setting that replaces its default, given before {@link #start}: the e2e tests raise the rate limit for their polling. */
    public EarlyHelpSystem gatewaySetting(String key, String value) {
        gatewayOverrides.put(key, value);
        return this;
    }

    /** A setting for every domain service, given before {@link #start}. */
    public EarlyHelpSystem serviceSetting(String key, String value) {
        serviceOverrides.put(key, value);
        return this;
    }

    /**
     * A setting for one domain service ({@code referral-service}), given before {@link #start}: a service refuses a setting
     * under its own configuration prefix that it does not know, so a setting only one service reads goes to that one.
     */
    public EarlyHelpSystem serviceSetting(String service, String key, String value) {
        oneServiceOverrides.computeIfAbsent(service, s -> new LinkedHashMap<>()).put(key, value);
        return this;
    }

    /**
     * Settings for one instance ({@code plan-service-2}) on top of its service's, replacing any given before; they apply when
     * that instance is next started ({@link #start}, {@link #scaleTo}, {@link #restartInstance}). An empty map removes them.
     */
    public EarlyHelpSystem instanceSettings(String instance, Map<String, String> settings) {
        if (settings.isEmpty()) {
            instanceOverrides.remove(instance);
        } else {
            instanceOverrides.put(instance, new LinkedHashMap<>(settings));
        }
        return this;
    }

    /**
     * Runs the broker with a SASL listener only (SASL/PLAIN), given before {@link #start}: every service then reaches Kafka,
     * consuming and publishing, through its {@code kafka.*} security settings, as against a managed Kafka.
     */
    public EarlyHelpSystem kafkaWithSasl() {
        kafkaSasl = true;
        return this;
    }

    /**
     * The web front end's origins (comma-separated), given before {@link #start}: the gateway's CORS origins and the Keycloak
     * client {@code earlyhelp-web}'s redirect URIs and web origins, both. Unset: {@code EARLYHELP_FRONTEND_ORIGINS}, else
     * {@code http://localhost:3000}.
     */
    public EarlyHelpSystem frontendOrigins(String commaSeparated) {
        frontendOrigins = KeycloakServer.frontendOrigins(commaSeparated);
        return this;
    }

    /**
     * Every service and the gateway export their spans to this OTLP endpoint, given before {@link #start}; {@code protocol}
     * {@code grpc} (the default, port 4317) or {@code http/protobuf} (4318). Without it (and without
     * {@code EARLYHELP_OTLP_ENDPOINT} in the environment) no span leaves a process; trace ids are still made and logged.
     */
    public EarlyHelpSystem exportTraces(String endpoint, String protocol) {
        otlpEndpoint = endpoint;
        otlpProtocol = protocol;
        return this;
    }

    /** The OTLP endpoint spans are exported to, or null when they are not. */
    public String otlpEndpoint() {
        return otlpEndpoint;
    }

    private void putTraceExport(Map<String, String> config) {
        if (otlpEndpoint != null) {
            config.put("earlyhelp.otlp.endpoint", otlpEndpoint);
            if (otlpProtocol != null) {
                config.put("quarkus.otel.exporter.otlp.traces.protocol", otlpProtocol);
            }
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Starts everything and waits until the gateway is ready. */
    public EarlyHelpSystem start(Consumer<String> progress) {
        try {
            Files.createDirectories(logDir);
            Files.createDirectories(pidDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int port : ports.all()) {
            if (Ports.inUse(port)) {
                throw new IllegalStateException("Port " + port + " is already in use: is the system already running? (./earlyhelp status)");
            }
        }
        progress.accept("Starting Keycloak on " + ports.keycloak() + " (the first start takes about a minute)...");
        keycloak = KeycloakServer.launch(ports.keycloak(), root.resolve("deploy").resolve("keycloak").resolve("earlyhelp-realm.json"),
                frontendOrigins, workDir, logDir, pidDir);
        progress.accept("Starting PostgreSQL on " + ports.postgres() + "...");
        postgres = PostgresServer.start(ports.postgres(), workDir.resolve("postgres"));
        postgres.createDatabases(DOMAIN.stream().map(DomainService::database).toArray(String[]::new));
        writePid("postgres", postgres.serverPid());
        progress.accept("Starting Kafka on " + ports.kafka() + "...");
        kafka = kafkaSasl ? KafkaServer.startWithSasl(ports.kafka(), workDir.resolve("kafka"), pidDir)
                : KafkaServer.start(ports.kafka(), workDir.resolve("kafka"), pidDir);
        progress.accept("Starting the mail server (SMTP) on " + ports.smtp() + "...");
        mailServer = MailServer.start(ports.smtp());
        keycloak.awaitReady();
        progress.accept("Keycloak ready at " + keycloak.realmUrl());
        // the first instance of each service with the gateway; further replicas once those are ready: each database is
        // migrated by its first instance (Flyway's lock would hold replicas back anyway), and the two cores are not asked
        // to start every JVM at once. The gateway passes over a replica not started yet (its connection is refused).
        for (DomainService service : DOMAIN) {
            launchInstance(service, 1);
        }
        services.put("gateway", gatewayProcess().launch());
        for (ServiceProcess service : List.copyOf(services.values())) {
            service.awaitReady();
            progress.accept(service.name() + " ready at " + service.url());
        }
        List<ServiceProcess> replicas = new ArrayList<>();
        for (DomainService service : DOMAIN) {
            for (int k = 2; k <= instancePorts.get(service.name()).size(); k++) {
                replicas.add(launchInstance(service, k));
            }
        }
        for (ServiceProcess replica : replicas) {
            replica.awaitReady();
            progress.accept(replica.name() + " ready at " + replica.url());
        }
        keepGatewayLast();
        return this;
    }

    /** Starts the k-th instance (from 1) of a domain service on its planned port, without waiting for it. */
    private ServiceProcess launchInstance(DomainService service, int k) {
        String name = instanceName(service.name(), k);
        ServiceProcess process = new ServiceProcess(service.name(), name, instancePorts.get(service.name()).get(k - 1),
                instancePorts.get(service.name()).get(k - 1), root, serviceConfig(service, name), logDir, pidDir).launch();
        services.put(name, process);
        return process;
    }

    private ServiceProcess gatewayProcess() {
        return new ServiceProcess("gateway", ports.gateway(), ports.gatewayManagement(), root, gatewayConfig(), logDir, pidDir);
    }

    private void keepGatewayLast() {
        ServiceProcess gateway = services.remove("gateway");
        if (gateway != null) {
            services.put("gateway", gateway);
        }
    }

    /**
     * For tests of replicas on a running system: gives every domain service {@code replicas} instances, starting the missing
     * ones on free ports (each with its service's settings, and its own from {@link #instanceSettings}) or stopping the
     * extra ones (side by side), then restarts the gateway with every instance's URL, and waits until all are ready.
     * {@code scaleTo(1)} puts the system back as it started with one of each.
     */
    public synchronized EarlyHelpSystem scaleTo(int replicas, Consumer<String> progress) {
        checkReplicas(replicas);
        List<ServiceProcess> started = new ArrayList<>();
        List<ServiceProcess> stopping = new ArrayList<>();
        java.util.Set<Integer> taken = new java.util.HashSet<>(ports.all());
        instancePorts.values().forEach(taken::addAll);
        for (DomainService service : DOMAIN) {
            List<Integer> instances = instancePorts.get(service.name());
            while (instances.size() > replicas) {
                stopping.add(services.remove(instanceName(service.name(), instances.size())));
                instances.remove(instances.size() - 1);
            }
            while (instances.size() < replicas) {
                int port = Ports.freeExcept(taken);
                taken.add(port);
                instances.add(port);
                started.add(launchInstance(service, instances.size()));
            }
        }
        stopAll(stopping);
        for (ServiceProcess replica : started) {
            replica.awaitReady();
            progress.accept(replica.name() + " ready at " + replica.url());
        }
        services.remove("gateway").stop();
        services.put("gateway", gatewayProcess().launch().awaitReady());
        progress.accept("gateway restarted with " + replicas + " instance(s) of each service");
        return this;
    }

    /** Stops an instance ({@code plan-service}, {@code plan-service-2}) and starts it again on its port with its settings now. */
    public synchronized ServiceProcess restartInstance(String instance) {
        ServiceProcess old = services.get(instance);
        if (old == null || instance.equals("gateway")) {
            throw new IllegalArgumentException("No domain service instance " + instance + " is running");
        }
        old.stop();
        DomainService service = DOMAIN.stream().filter(s -> instance.equals(s.name()) || instance.startsWith(s.name() + "-"))
                .findFirst().orElseThrow();
        int k = instance.equals(service.name()) ? 1 : Integer.parseInt(instance.substring(service.name().length() + 1));
        ServiceProcess process = launchInstance(service, k).awaitReady();
        keepGatewayLast();
        return process;
    }

    private Map<String, String> serviceConfig(DomainService service, String instance) {
        Map<String, String> config = serviceConfig(service);
        config.putAll(instanceOverrides.getOrDefault(instance, Map.of()));
        return config;
    }

    private Map<String, String> serviceConfig(DomainService service) {
        String name = service.name();
        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(service.database()));
        config.put("quarkus.datasource.username", postgres.username());
        config.put("quarkus.datasource.password", postgres.password());
        config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        kafka.clientSettings().forEach((key, value) -> config.put("kafka." + key, value));
        config.put("quarkus.oidc.auth-server-url", keycloak.realmUrl());
        if (service.sealingKey()) {
            config.put("earlyhelp.events.sealing-key", DEMO_SEALING_KEY);
        }
        if (name.equals("notification-service")) {
            config.put("quarkus.mailer.host", "127.0.0.1");
            config.put("quarkus.mailer.port", Integer.toString(ports.smtp()));
            config.put("earlyhelp.email.link-base", gatewayUrl());
            // A demo partner's receiver runs on this machine: plain http to loopback is allowed here, and only here.
            config.put("earlyhelp.webhooks.require-https", "false");
            config.put("earlyhelp.webhooks.allowed-addresses", "127.0.0.1,::1");
        }
        putTraceExport(config);
        config.putAll(serviceOverrides);
        config.putAll(oneServiceOverrides.getOrDefault(name, Map.of()));
        return config;
    }

    private Map<String, String> gatewayConfig() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.oidc.auth-server-url", keycloak.realmUrl());
        // .url: the first instance (in Kubernetes, the Service); .instances: every one, for the gateway to balance across itself
        instancePorts.forEach((name, list) -> {
            config.put("earlyhelp.gateway.services." + name + ".url", "http://localhost:" + list.get(0));
            if (list.size() > 1) {
                config.put("earlyhelp.gateway.services." + name + ".instances",
                        String.join(",", list.stream().map(port -> "http://localhost:" + port).toList()));
            }
        });
        config.put("quarkus.management.port", Integer.toString(ports.gatewayManagement()));
        config.put("quarkus.management.host", "127.0.0.1");
        // On one machine every caller (the demo users, the tests, the benchmark's load) comes from 127.0.0.1: the
        // per-address limit, meant for the internet's callers, would count them all as one.
        config.put("earlyhelp.gateway.rate-limit.per-address-per-minute", "1000000");
        // CORS for the same origins the realm's web client redirects to (quarkus.http.cors.origins reads this)
        config.put("EARLYHELP_FRONTEND_ORIGINS", String.join(",", frontendOrigins));
        putTraceExport(config);
        config.putAll(gatewayOverrides);
        return config;
    }

    private void writePid(String name, long pid) {
        try {
            Files.writeString(pidDir.resolve(name + ".pid"), Long.toString(pid));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String gatewayUrl() {
        return "http://localhost:" + ports.gateway();
    }

    public KeycloakServer keycloak() {
        return keycloak;
    }

    public MailServer mailServer() {
        return mailServer;
    }

    /** The databases (one per service, named after it without "-service"): for checks that nothing was written. */
    public PostgresServer postgres() {
        return postgres;
    }

    public KafkaServer kafka() {
        return kafka;
    }

    /** A process by instance name: {@code plan-service} is a service's first instance, {@code plan-service-2} its second. */
    public ServiceProcess service(String name) {
        return services.get(name);
    }

    /** Every instance of a domain service, the first first. */
    public List<ServiceProcess> instances(String service) {
        List<ServiceProcess> instances = new ArrayList<>();
        for (int k = 1; k <= instancePorts.getOrDefault(service, List.of()).size(); k++) {
            ServiceProcess process = services.get(instanceName(service, k));
            if (process != null) {
                instances.add(process);
            }
        }
        return instances;
    }

    /** Every process by instance name ({@code plan-service}, {@code plan-service-2}, ..., {@code gateway}). */
    public Map<String, ServiceProcess> services() {
        return services;
    }

    public Path logDir() {
        return logDir;
    }

    private static void stopAll(List<ServiceProcess> processes) {
        List<Thread> stopping = new ArrayList<>();
        for (ServiceProcess service : processes) {
            Thread thread = new Thread(service::stop, "stop-" + service.name());
            thread.start();
            stopping.add(thread);
        }
        for (Thread thread : stopping) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Stops everything it started: the gateway first, then the domain services (every instance) side by side (each finishes its requests and
     * its relay's batch, a few seconds; one after another they outlasted the time a test JVM is given to exit), then
     * Keycloak, the mail catcher, Kafka and PostgreSQL last.
     */
    @Override
    public void close() {
        ServiceProcess gateway = services.get("gateway");
        if (gateway != null) {
            gateway.stop();
        }
        stopAll(services.values().stream().filter(service -> service != gateway).toList());
        if (keycloak != null) {
            keycloak.close();
        }
        if (mailServer != null) {
            mailServer.close();
        }
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
            try {
                Files.deleteIfExists(pidDir.resolve("postgres.pid"));
            } catch (IOException ignored) {
                // best effort
            }
        }
    }
}
