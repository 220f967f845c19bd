package org.earlyhelp.gateway;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** RFC 9457 problems written by the gateway itself (the services write their own). */
final class ProblemResponses {

    static void send(RoutingContext context, int status, String type, String title, String detail) {
        if (context.response().ended()) {
            return;
        }
        JsonObject problem = new JsonObject().put("type", "urn:earlyhelp:problem:" + type).put("title", title)
                .put("status", status).put("detail", detail).put("instance", context.request().path());
        if (status == 401) {
            context.response().putHeader("WWW-Authenticate", "Bearer");
        }
        context.response().setStatusCode(status).putHeader("Content-Type", "application/problem+json").end(problem.encode());
    }

    static void unauthorized(RoutingContext context) {
        send(context, 401, "unauthorized", "Unauthorized",
                "A valid bearer token is needed: none was given, or it is expired or not signed by the platform's issuer");
    }

    private ProblemResponses() {
    }
}
