package org.earlyhelp.gateway;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.health.HealthCheckResponse;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.health.registry.HealthRegistries;
import io.smallrye.mutiny.Uni;

/**
 * One named check per downstream service, UP when that service says it is ready, in the health group {@value #GROUP}
 * ({@code /q/health/group/dependencies} on the management port, the group every service keeps what it depends on in):
 * for dashboards, not for the gateway's probes. The gateway's readiness is the gateway's own (started, not shutting down): one service away makes its routes
 * answer 503 problems, and must not take every gateway pod out of the load balancer with it.
 */
@ApplicationScoped
public class DownstreamHealth {

    static final String GROUP = "dependencies";

    private final HttpClient http = HttpClient.newBuilder().build();

    void register(@Observes StartupEvent startup, GatewayConfig config) {
        var downstream = HealthRegistries.getHealthGroupRegistry(GROUP);
        for (Map.Entry<String, GatewayConfig.Service> service : config.services().entrySet()) {
            String name = service.getKey();
            URI probe = service.getValue().url().resolve("/q/health/ready");
            downstream.register(name, (AsyncHealthCheck) () -> Uni.createFrom().completionStage(() -> http.sendAsync(
                    HttpRequest.newBuilder(probe).timeout(config.readinessTimeout()).GET().build(),
                    HttpResponse.BodyHandlers.discarding()))
                    .map(response -> HealthCheckResponse.named(name).status(response.statusCode() == 200)
                            .withData("status", response.statusCode()).build())
                    .onFailure().recoverWithItem(e -> HealthCheckResponse.named(name).down()
                            .withData("error", e.getClass().getSimpleName()).build()));
        }
    }
}
