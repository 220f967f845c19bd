package org.earlyhelp.gateway;

import java.util.concurrent.TimeoutException;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * When a service cannot be reached the caller gets a clear problem at once, never a hang: 503
 * (with {@code Retry-After}) when it refuses or drops the connection, 504 when it does not answer
 * within the gateway's timeout. The problem names the service, nothing about the request.
 */
final class ProxyFailures implements ProxyInterceptor {

    private final String service;

    ProxyFailures(String service) {
        this.service = service;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        return context.sendRequest().recover(failure -> {
            boolean timedOut = failure instanceof TimeoutException
                    || (failure.getMessage() != null && failure.getMessage().toLowerCase().contains("timeout"));
            int status = timedOut ? 504 : 503;
            String detail = timedOut
                    ? service + " did not answer in time. Your request may or may not have been applied: read before you retry, or retry with the same Idempotency-Key."
                    : service + " cannot be reached just now (it may be restarting). Nothing was changed: try again shortly.";
            JsonObject problem = new JsonObject().put("type", "urn:earlyhelp:problem:" + (timedOut ? "service-timeout" : "service-unavailable"))
                    .put("title", timedOut ? "Gateway Timeout" : "Service Unavailable").put("status", status).put("detail", detail)
                    .put("service", service).put("instance", context.request().getURI().replaceAll("\\?.*$", ""));
            ProxyResponse response = context.request().response().setStatusCode(status).setStatusMessage(timedOut ? "Gateway Timeout" : "Service Unavailable")
                    .setBody(Body.body(Buffer.buffer(problem.encode())));
            response.headers().clear();
            response.putHeader("Content-Type", "application/problem+json");
            if (!timedOut) {
                response.putHeader("Retry-After", "5");
            }
            return Future.succeededFuture(response);
        });
    }
}
