package org.earlyhelp.platform.problem;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A body over {@code quarkus.http.limits.max-body-size} is answered 413 as a problem, like every other refusal: before
 * it is read when its Content-Length says so (Quarkus' own check, one step later, would answer an empty 413), and when
 * a chunked body grows past the limit while it is read. The connection is closed either way.
 */
@ApplicationScoped
public class BodyLimit {

    /** Before Quarkus' own Content-Length check (order -2). */
    static final int ORDER = -3;

    void install(@Observes Router router, @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> limit) {
        limit.ifPresent(max -> {
            long bytes = max.asLongValue();
            router.route().order(ORDER).handler(context -> {
                String length = context.request().getHeader("Content-Length");
                if (length != null && declaredOver(length, bytes)) {
                    tooLarge(context, bytes);
                } else {
                    context.next();
                }
            });
            router.route().order(ORDER).failureHandler(context -> {
                if (context.statusCode() == 413) {
                    tooLarge(context, bytes);
                } else {
                    context.next();
                }
            });
        });
    }

    static boolean declaredOver(String length, long limit) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false; // Vert.x refuses a malformed Content-Length itself
        }
    }

    static void tooLarge(RoutingContext context, long limit) {
        if (context.response().ended()) {
            return;
        }
        JsonObject problem = new JsonObject().put("type", Problems.TOO_LARGE.toString()).put("title", "Content Too Large").put("status", 413)
                .put("detail", "The body is over the " + (limit / 1024) + " KiB limit of this API").put("instance", context.request().path());
        context.response().setStatusCode(413).putHeader("Content-Type", "application/problem+json").putHeader("Connection", "close")
                .end(problem.encode());
    }
}
