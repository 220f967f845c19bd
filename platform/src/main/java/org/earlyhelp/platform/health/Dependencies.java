package org.earlyhelp.platform.health;

/**
 * The health group of what a service depends on but does not need to serve its own API: the Kafka broker and the
 * consumers' channels ({@code /q/health/group/dependencies}). For dashboards and alerts, never a probe: liveness is the
 * process, readiness its own database (Agroal's datasource check), so a broker outage takes no pod out of service.
 */
public final class Dependencies {

    public static final String GROUP = "dependencies";

    private Dependencies() {
    }
}
