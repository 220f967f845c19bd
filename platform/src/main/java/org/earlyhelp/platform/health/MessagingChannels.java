package org.earlyhelp.platform.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

import io.smallrye.health.api.HealthGroup;
import io.smallrye.reactive.messaging.providers.extension.HealthCenter;

/**
 * The consumers' channels (one per topic the service consumes), as SmallRye Reactive Messaging sees them: UP when every
 * channel is both alive and connected. In the dependencies group only: the channel checks Quarkus would put in liveness and
 * readiness are switched off ({@code quarkus.messaging.health.enabled=false}), since a channel waiting for an absent broker
 * is not a reason to restart a service or take it out of the load balancer. The report is what the connector already
 * knows (its consumer's state), with no call to the broker.
 */
@ApplicationScoped
@HealthGroup(Dependencies.GROUP)
public class MessagingChannels implements HealthCheck {

    static final String NAME = "event-channels";

    private final HealthCenter channels;

    public MessagingChannels(HealthCenter channels) {
        this.channels = channels;
    }

    @Override
    public HealthCheckResponse call() {
        var liveness = channels.getLiveness();
        var readiness = channels.getReadiness();
        var response = HealthCheckResponse.named(NAME).status(liveness.isOk() && readiness.isOk());
        for (var channel : readiness.getChannels()) {
            response.withData(channel.getChannel(), channel.isOk() ? "connected" : "not connected");
        }
        for (var channel : liveness.getChannels()) {
            if (!channel.isOk()) {
                response.withData(channel.getChannel(), "failed");
            }
        }
        return response.build();
    }
}
