package org.earlyhelp.gateway;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Each service's {@link ServiceInstances}, made once from {@code earlyhelp.gateway.services}: the proxy, the gateway's own
 * calls (timeline, audit trail, combined OpenAPI) and the downstream health checks all share them, so an instance one of
 * them found unreachable is passed over by the others too.
 */
@ApplicationScoped
public class ServiceDirectory {

    private final Map<String, ServiceInstances> byName;

    public ServiceDirectory(GatewayConfig config) {
        Map<String, ServiceInstances> made = new LinkedHashMap<>();
        config.services().forEach((name, service) -> made.put(name, ServiceInstances.of(name, service)));
        this.byName = Collections.unmodifiableMap(made);
    }

    ServiceInstances instances(String service) {
        ServiceInstances instances = byName.get(service);
        if (instances == null) {
            throw new IllegalArgumentException("No service " + service + " in earlyhelp.gateway.services");
        }
        return instances;
    }

    Map<String, ServiceInstances> all() {
        return byName;
    }
}
