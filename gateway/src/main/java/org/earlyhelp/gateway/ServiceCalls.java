package org.earlyhelp.gateway;

import java.net.URI;
import java.util.Map;

import io.vertx.core.Future;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

/** The gateway's own GET to a service (not proxied): the answer's status and body, failed when the service cannot be reached or is too slow. */
final class ServiceCalls {

    record Answer(int status, String body) {
    }

    private final HttpClient client;
    private final long timeoutMillis;
    private final ServiceDirectory directory;

    ServiceCalls(HttpClient client, long timeoutMillis, ServiceDirectory directory) {
        this.client = client;
        this.timeoutMillis = timeoutMillis;
        this.directory = directory;
    }

    /** A GET to the service's next instance; one whose connection cannot be opened fails over to the next ({@link ServiceInstances}). */
    Future<Answer> get(String service, String pathAndQuery, Map<String, String> headers) {
        return directory.instances(service).first(instance -> client.request(options(instance, pathAndQuery, headers)))
                .compose(request -> request.send())
                .compose(response -> response.body().map(body -> new Answer(response.statusCode(), body.toString())));
    }

    private RequestOptions options(URI instance, String pathAndQuery, Map<String, String> headers) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setHost(instance.getHost()).setPort(instance.getPort())
                .setURI(pathAndQuery).setIdleTimeout(timeoutMillis).putHeader("Accept", "application/json");
        headers.forEach((name, value) -> {
            if (value != null) {
                options.putHeader(name, value);
            }
        });
        return options;
    }
}
