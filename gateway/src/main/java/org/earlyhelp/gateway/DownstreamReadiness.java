package org.earlyhelp.gateway;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.health.api.HealthRegistry;
import io.smallrye.mutiny.Uni;

/** Readiness lists one named check per downstream service: UP when that service says it is ready. */
@ApplicationScoped
public class DownstreamReadiness {

    private final HttpClient http = HttpClient.newBuilder().build();

    @Inject
    @Readiness
    HealthRegistry readiness;

    void register(@Observes StartupEvent startup, GatewayConfig config) {
        for (Map.Entry<String, GatewayConfig.Service> service : config.services().entrySet()) {
            String name = service.getKey();
            URI probe = service.getValue().url().resolve("/q/health/ready");
            readiness.register(name, (AsyncHealthCheck) () -> Uni.createFrom().completionStage(() -> http.sendAsync(
                    HttpRequest.newBuilder(probe).timeout(config.readinessTimeout()).GET().build(),
                    HttpResponse.BodyHandlers.discarding()))
                    .map(response -> HealthCheckResponse.named(name).status(response.statusCode() == 200)
                            .withData("status", response.statusCode()).build())
                    .onFailure().recoverWithItem(e -> HealthCheckResponse.named(name).down()
                            .withData("error", e.getClass().getSimpleName()).build()));
        }
    }
}
