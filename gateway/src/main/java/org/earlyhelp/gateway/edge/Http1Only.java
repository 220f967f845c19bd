package org.earlyhelp.gateway.edge;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;

/**
 * The gateway's public port speaks HTTP/1.1 only (the ingress in front speaks HTTP/2 to browsers and HTTP/1.1 here).
 * Without cleartext HTTP/2 (h2c) every connection is HTTP/1 from its first byte, so {@link ReadDeadline} can time its
 * requests; an h2c connection would not be timed at all.
 */
@ApplicationScoped
public class Http1Only implements HttpServerOptionsCustomizer {

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        options.setHttp2ClearTextEnabled(false);
    }
}
