package org.earlyhelp.gateway;

import java.util.Optional;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.opentelemetry.sdk.trace.samplers.Sampler;

/**
 * Whether the gateway's spans leave it: only when {@code EARLYHELP_OTLP_ENDPOINT} ({@code earlyhelp.otlp.endpoint}) names an
 * OTLP collector, as in every service (platform's {@code TraceExport}). Without it nothing is sampled, recorded or exported,
 * while trace ids are still made, logged and passed on ({@code traceparent}), and a request without an id takes its trace's.
 */
@io.quarkus.arc.Unremovable
public class TraceExport {

    @Produces
    @Singleton
    Sampler sampler(@ConfigProperty(name = "earlyhelp.otlp.endpoint") Optional<String> endpoint) {
        return endpoint.filter(value -> !value.isBlank()).isPresent() ? Sampler.parentBased(Sampler.alwaysOn()) : Sampler.alwaysOff();
    }
}
