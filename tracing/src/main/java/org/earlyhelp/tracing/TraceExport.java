package org.earlyhelp.tracing;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.opentelemetry.sdk.trace.samplers.Sampler;

/**
 * Whether spans leave the service: only when {@code EARLYHELP_OTLP_ENDPOINT} ({@code earlyhelp.otlp.endpoint}) names an OTLP
 * collector. Without it no span is sampled, so none is recorded or exported (and no exporter ever connects), while every span
 * still has its trace and span ids: they are logged ({@code traceId}, {@code spanId}), passed on as {@code traceparent} over
 * HTTP and through the outbox, and the gateway's trace id is the request id. Quarkus fixes its exporter at build time; a
 * sampler is the one switch it reads at run time.
 */
@io.quarkus.arc.Unremovable
public class TraceExport {

    @Produces
    @Singleton
    Sampler sampler(TraceExportConfig config) {
        return sampler(config.endpoint().filter(value -> !value.isBlank()).isPresent());
    }

    /** On: the caller's decision when it made one (W3C sampled flag), else every trace. Off: none, whatever a caller asks. */
    public static Sampler sampler(boolean exporting) {
        return exporting ? Sampler.parentBased(Sampler.alwaysOn()) : Sampler.alwaysOff();
    }
}
