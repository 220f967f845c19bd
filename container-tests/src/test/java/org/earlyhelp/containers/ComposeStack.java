package org.earlyhelp.containers;

import static io.restassured.RestAssured.given;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.ComposeContainer;
import org.testcontainers.containers.wait.strategy.Wait;

/**
 * The repository's {@code docker-compose.yml} run by Testcontainers through the host's {@code docker compose}: every
 * service image built from source ({@code --build}, the root Dockerfile), PostgreSQL, Kafka and Keycloak from their
 * official images. The gateway and Keycloak are reached through Testcontainers' ambassador on ports of its choosing, so
 * the gateway's management port (9000, not published by the compose file) can be waited on too.
 */
final class ComposeStack implements AutoCloseable {

    /** Why the container path is not tested here, for the skipped test's report. */
    static final String NO_DOCKER = "no Docker engine: Testcontainers found none (DOCKER_HOST, /var/run/docker.sock, "
            + "~/.testcontainers.properties); the container path (docker-compose.yml) needs one. "
            + "Run `./mvnw -pl container-tests -am verify` where Docker runs";

    private static final int GATEWAY_HTTP = 8080;
    private static final int GATEWAY_MANAGEMENT = 9000;
    private static final int KEYCLOAK_HTTP = 8080;
    /** The first build downloads Maven's world into BuildKit's cache; the wait covers only start-up after it. */
    private static final Duration START_UP = Duration.ofMinutes(5);

    private final ComposeContainer compose;

    private ComposeStack(ComposeContainer compose) {
        this.compose = compose;
    }

    static boolean dockerAvailable() {
        return DockerClientFactory.instance().isDockerAvailable();
    }

    /** Builds the images, starts every service, and returns once the gateway reports itself ready. */
    static ComposeStack start() {
        File composeFile = root().resolve("docker-compose.yml").toFile();
        ComposeContainer compose = new ComposeContainer(composeFile)
                .withBuild(true)
                .withPull(false)
                .withRemoveVolumes(true)
                .withExposedService("keycloak", KEYCLOAK_HTTP,
                        Wait.forHttp("/realms/earlyhelp").forStatusCode(200).withStartupTimeout(START_UP))
                .withExposedService("gateway", GATEWAY_MANAGEMENT,
                        Wait.forHttp("/q/health/ready").forStatusCode(200).withStartupTimeout(START_UP))
                .withExposedService("gateway", GATEWAY_HTTP);
        compose.start();
        return new ComposeStack(compose);
    }

    String gatewayUrl() {
        return "http://" + compose.getServiceHost("gateway", GATEWAY_HTTP) + ":" + compose.getServicePort("gateway", GATEWAY_HTTP);
    }

    /**
     * An access token of a demo user (password = user name, deploy/keycloak/README.md) from the compose Keycloak, through
     * the public client's password grant. Its issuer is the compose file's public one (Keycloak's --hostname), whatever
     * port it was fetched through, so the services accept it.
     */
    String passwordToken(String user) {
        String tokenUrl = "http://" + compose.getServiceHost("keycloak", KEYCLOAK_HTTP) + ":"
                + compose.getServicePort("keycloak", KEYCLOAK_HTTP) + "/realms/earlyhelp/protocol/openid-connect/token";
        return given().formParam("grant_type", "password").formParam("client_id", "earlyhelp-cli")
                .formParam("username", user).formParam("password", user)
                .post(tokenUrl).then().statusCode(200).extract().path("access_token");
    }

    @Override
    public void close() {
        compose.stop();
    }

    private static Path root() {
        return Path.of(System.getProperty("earlyhelp.root", "..")).toAbsolutePath().normalize();
    }
}
