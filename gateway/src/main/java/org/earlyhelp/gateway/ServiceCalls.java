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

    ServiceCalls(HttpClient client, long timeoutMillis) {
        this.client = client;
        this.timeoutMillis = timeoutMillis;
    }

    Future<Answer> get(URI service, String pathAndQuery, Map<String, String> headers) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setHost(service.getHost()).setPort(service.getPort())
                .setURI(pathAndQuery).setIdleTimeout(timeoutMillis).putHeader("Accept", "application/json");
        headers.forEach((name, value) -> {
            if (value != null) {
                options.putHeader(name, value);
            }
        });
        return client.request(options).compose(request -> request.send())
                .compose(response -> response.body().map(body -> new Answer(response.statusCode(), body.toString())));
    }
}
