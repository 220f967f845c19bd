package org.earlyhelp.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A real Keycloak (the Quarkus distribution from Maven Central) in dev mode on loopback, with
 * the {@code earlyhelp} realm imported from {@code deploy/keycloak/}. The issuer is always
 * {@code http://localhost:<port>/realms/earlyhelp}.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "earlyhelp";
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    /** The web front end's origin when {@code EARLYHELP_FRONTEND_ORIGINS} is unset: the gateway's CORS default too. */
    public static final String DEFAULT_FRONTEND_ORIGIN = "http://localhost:3000";
    private static final Pattern ORIGINS_PLACEHOLDER = Pattern.compile("\"([^\"\\\\]*)\\$\\{EARLYHELP_FRONTEND_ORIGINS(?::[^}]*)?}([^\"\\\\]*)\"");
    private static final Pattern ORIGIN = Pattern.compile("https?://[A-Za-z0-9.\\-]+(:[0-9]{1,5})?");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final int port;
    private final ManagedProcess process;

    private KeycloakServer(int port, ManagedProcess process) {
        this.port = port;
        this.process = process;
    }

    public static String version() {
        try (InputStream in = KeycloakServer.class.getResourceAsStream("versions.properties")) {
            Properties props = new Properties();
            props.load(in);
            return props.getProperty("keycloak.version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where Maven put the distribution (the e2e-tests module depends on it, so any build downloads it). */
    public static Path distributionZip() {
        String repo = System.getProperty("maven.repo.local",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString());
        String v = version();
        return Path.of(repo, "org", "keycloak", "keycloak-quarkus-dist", v, "keycloak-quarkus-dist-" + v + ".zip");
    }

    /** Starts Keycloak and returns at once: {@link #awaitReady()} waits for the realm. The web client's origins: the default. */
    public static KeycloakServer launch(int port, Path realmFile, Path workDir, Path logDir, Path pidDir) {
        return launch(port, realmFile, List.of(DEFAULT_FRONTEND_ORIGIN), workDir, logDir, pidDir);
    }

    /**
     * Starts Keycloak and returns at once: {@link #awaitReady()} waits for the realm. {@code frontendOrigins} are the web
     * front end's origins (the gateway's CORS origins, {@code EARLYHELP_FRONTEND_ORIGINS}): the realm's
     * {@code earlyhelp-web} client gets a redirect URI and a web origin for each (see {@link #withFrontendOrigins}).
     */
    public static KeycloakServer launch(int port, Path realmFile, List<String> frontendOrigins, Path workDir, Path logDir, Path pidDir) {
        Path home = unpack(workDir);
        try {
            Path imports = Files.createDirectories(home.resolve("data").resolve("import"));
            String realm = withFrontendOrigins(Files.readString(realmFile), frontendOrigins);
            Files.writeString(imports.resolve(realmFile.getFileName()), realm);
            // start-dev keeps its realms in data/h2 and skips importing a realm it already has: the demo realm is
            // imported afresh at every start, so a change to deploy/keycloak reaches the running system.
            deleteTree(home.resolve("data").resolve("h2"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> command = List.of(home.resolve("bin").resolve("kc.sh").toString(), "start-dev", "--http-host=127.0.0.1",
                "--http-port=" + port, "--hostname=http://localhost:" + port, "--import-realm");
        ManagedProcess process = ManagedProcess.start("keycloak", command,
                Map.of("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m", "KC_LOG_LEVEL", "warn,org.keycloak.quarkus.runtime.KeycloakMain:info"),
                home, logDir.resolve("keycloak.log"), pidDir);
        return new KeycloakServer(port, process);
    }

    /**
     * The realm with each JSON string that holds the placeholder {@code ${EARLYHELP_FRONTEND_ORIGINS}} (with or without a
     * default) repeated once per origin, the placeholder replaced by that origin: {@code ["${...}/*"]} becomes
     * {@code ["http://a/*", "http://b/*"]}. Keycloak's own import substitutes the placeholder too (compose, Kubernetes), but
     * into one string: a comma-separated list of origins would be one broken redirect URI, so the local stack expands it
     * here. The placeholder is used only as an element of a JSON array (the client's {@code redirectUris} and {@code webOrigins}).
     */
    public static String withFrontendOrigins(String realmJson, List<String> origins) {
        if (origins.isEmpty()) {
            throw new IllegalArgumentException("At least one front-end origin is needed (EARLYHELP_FRONTEND_ORIGINS)");
        }
        for (String origin : origins) {
            if (!ORIGIN.matcher(origin).matches()) {
                throw new IllegalArgumentException("Not an origin (scheme://host[:port], no path): " + origin);
            }
        }
        Matcher matcher = ORIGINS_PLACEHOLDER.matcher(realmJson);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String before = matcher.group(1);
            String after = matcher.group(2);
            String expanded = String.join(", ", origins.stream().map(origin -> '"' + before + origin + after + '"').toList());
            matcher.appendReplacement(out, Matcher.quoteReplacement(expanded));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** {@code EARLYHELP_FRONTEND_ORIGINS} as a list (comma-separated, blanks dropped); the default origin when unset or blank. */
    public static List<String> frontendOrigins(String commaSeparated) {
        List<String> origins = commaSeparated == null ? List.of()
                : java.util.Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(o -> !o.isEmpty()).toList();
        return origins.isEmpty() ? List.of(DEFAULT_FRONTEND_ORIGIN) : origins;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    public KeycloakServer awaitReady() {
        Wait.until("Keycloak on port " + port, Duration.ofSeconds(240),
                () -> Wait.httpOk(realmUrl() + "/.well-known/openid-configuration"), process.process());
        return this;
    }

    private static Path unpack(Path workDir) {
        Path zip = distributionZip();
        Path home = workDir.resolve("keycloak-" + version());
        if (Files.isExecutable(home.resolve("bin").resolve("kc.sh"))) {
            return home;
        }
        if (!Files.exists(zip)) {
            throw new IllegalStateException("Keycloak distribution not found at " + zip + ": build the project first (./mvnw install -DskipTests)");
        }
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String name = entry.getName();
                int slash = name.indexOf('/');
                if (slash < 0 || slash == name.length() - 1) {
                    continue;
                }
                Path target = home.resolve(name.substring(slash + 1)).normalize();
                if (!target.startsWith(home)) {
                    throw new IllegalStateException("Unexpected entry in the Keycloak zip: " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    if (name.endsWith(".sh")) {
                        target.toFile().setExecutable(true);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack Keycloak", e);
        }
        return home;
    }

    public int port() {
        return port;
    }

    public String realmUrl() {
        return "http://localhost:" + port + "/realms/" + REALM;
    }

    /** A demo user's access token (password grant through the public CLI client). */
    public String passwordToken(String user, String password) {
        return passwordToken(realmUrl(), user, password);
    }

    /** A demo user's access token from any running realm (the benchmarks use the one {@code ./earlyhelp up} started). */
    public static String passwordToken(String realmUrl, String user, String password) {
        return token(realmUrl, "grant_type=password&client_id=earlyhelp-cli&username=" + enc(user) + "&password=" + enc(password));
    }

    /** A machine client's access token (client credentials). */
    public String clientToken(String clientId, String secret) {
        return token(realmUrl(), "grant_type=client_credentials&client_id=" + enc(clientId) + "&client_secret=" + enc(secret));
    }

    static String token(String realmUrl, String form) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                    .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher matcher = ACCESS_TOKEN.matcher(response.body());
            if (response.statusCode() != 200 || !matcher.find()) {
                throw new IllegalStateException("Keycloak refused the token request (" + response.statusCode() + ")");
            }
            return matcher.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        process.stop(30);
    }
}
