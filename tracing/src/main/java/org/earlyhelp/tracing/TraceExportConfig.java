package org.earlyhelp.tracing;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * {@code earlyhelp.otlp.*}: where spans are exported ({@code EARLYHELP_OTLP_ENDPOINT}). A mapping of its own, so a service
 * whose settings are mapped under {@code earlyhelp} still knows the key when it is given as a system property.
 */
@ConfigMapping(prefix = "earlyhelp.otlp")
public interface TraceExportConfig {

    /** A collector's OTLP endpoint ({@code http://collector:4317}); none: no span leaves the service. */
    Optional<String> endpoint();
}
