package org.earlyhelp.gateway;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.health.registry.HealthRegistries;
import io.smallrye.mutiny.Uni;

/**
 * One named check per downstream service, UP when that service (any one of its instances, {@link ServiceInstances}) says it
 * is ready, each instance's state in the check's data, in the health group {@value #GROUP}
 * ({@code /q/health/group/dependencies} on the management port, the group every service keeps what it depends on in):
 * for dashboards, not for the gateway's probes. The gateway's readiness is the gateway's own (started, not shutting down): one service away makes its routes
 * answer 503 problems, and must not take every gateway pod out of the load balancer with it.
 */
@ApplicationScoped
public class DownstreamHealth {

    static final String GROUP = "dependencies";

    private final HttpClient http = HttpClient.newBuilder().build();

    void register(@Observes StartupEvent startup, GatewayConfig config, ServiceDirectory directory) {
        var downstream = HealthRegistries.getHealthGroupRegistry(GROUP);
        for (ServiceInstances service : directory.all().values()) {
            String name = service.service();
            downstream.register(name, (AsyncHealthCheck) () -> Uni.join().all(service.all().stream()
                    .map(instance -> probe(instance, config)).toList()).andCollectFailures()
                    .map(states -> {
                        HealthCheckResponseBuilder check = HealthCheckResponse.named(name)
                                .status(states.stream().anyMatch(InstanceState::ready));
                        if (states.size() == 1) {
                            states.get(0).describe(check, "");
                        } else {
                            states.forEach(state -> state.describe(check, state.instance() + " "));
                        }
                        return check.build();
                    }));
        }
    }

    /** One instance's readiness: its status code, or the error that kept it from answering. */
    private Uni<InstanceState> probe(URI instance, GatewayConfig config) {
        return Uni.createFrom().completionStage(() -> http.sendAsync(
                HttpRequest.newBuilder(instance.resolve("/q/health/ready")).timeout(config.readinessTimeout()).GET().build(),
                HttpResponse.BodyHandlers.discarding()))
                .map(response -> new InstanceState(instance, response.statusCode(), null))
                .onFailure().recoverWithItem(e -> new InstanceState(instance, 0, e.getClass().getSimpleName()));
    }

    record InstanceState(URI instance, int status, String error) {
        boolean ready() {
            return status == 200;
        }

        /** Its data on the check: {@code status} (or {@code error}); prefixed with the instance when the service has several. */
        void describe(HealthCheckResponseBuilder check, String prefix) {
            if (error == null) {
                check.withData(prefix + "status", status);
            } else {
                check.withData(prefix + "error", error);
            }
        }
    }
}
