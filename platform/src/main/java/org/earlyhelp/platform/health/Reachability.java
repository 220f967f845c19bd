package org.earlyhelp.platform.health;

import java.time.Instant;

import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * The last answer from a dependency asked on a schedule: reached (with how many brokers it named), unreachable (with the
 * error's class name only, never its message: it may carry addresses or credentials), or not asked yet (DOWN: nothing is
 * known to be up).
 */
record Reachability(boolean up, Integer nodes, String error, Instant checkedAt) {

    static Reachability notYetAsked() {
        return new Reachability(false, null, "not checked yet", null);
    }

    static Reachability reached(int nodes, Instant at) {
        return new Reachability(nodes > 0, nodes, nodes > 0 ? null : "no broker in the cluster", at);
    }

    static Reachability unreachable(String error, Instant at) {
        return new Reachability(false, null, error, at);
    }

    HealthCheckResponse toResponse(String name) {
        var response = HealthCheckResponse.named(name).status(up);
        if (nodes != null) {
            response.withData("nodes", nodes);
        }
        if (error != null) {
            response.withData("error", error);
        }
        if (checkedAt != null) {
            response.withData("checkedAt", checkedAt.toString());
        }
        return response.build();
    }
}
