package org.earlyhelp.bench;

import static io.gatling.javaapi.http.HttpDsl.http;

import java.time.Duration;

import org.earlyhelp.localstack.KeycloakServer;

import io.gatling.javaapi.http.HttpProtocolBuilder;

/** What every scenario shares: where the system is, real Keycloak tokens, and the run's settings (system properties). */
final class Bench {

    static final String GATEWAY = System.getProperty("bench.gateway", "http://localhost:8080");
    static final String REALM = System.getProperty("bench.realm", "http://localhost:8180/realms/earlyhelp");
    static final String FEEDER = System.getProperty("bench.feeder", "target/seed/teacher-families.csv");

    static int rate(int fallback) {
        return Integer.getInteger("bench.rate", fallback);
    }

    static Duration duration(int fallbackSeconds) {
        return Duration.ofSeconds(Integer.getInteger("bench.seconds", fallbackSeconds));
    }

    /** A demo user's token (valid for an hour: longer than any run). */
    static String token(String user) {
        return KeycloakServer.passwordToken(REALM, user, user);
    }

    static HttpProtocolBuilder protocol() {
        return http.baseUrl(GATEWAY).acceptHeader("application/json").contentTypeHeader("application/json")
                .shareConnections().warmUp(GATEWAY + "/q/openapi");
    }

    private Bench() {
    }
}
