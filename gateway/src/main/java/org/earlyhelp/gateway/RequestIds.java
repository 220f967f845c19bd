package org.earlyhelp.gateway;

import java.util.UUID;
import java.util.regex.Pattern;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.vertx.ext.web.RoutingContext;

/**
 * Every request gets an id at the front door ({@code X-Request-Id}, kept when a caller sends a
 * sensible one): passed on to the service, which logs it and stamps it on the events it causes,
 * and returned to the caller, so one id follows a request everywhere. A request that comes without a sensible id takes the id
 * of the trace the gateway starts for it (32 hex digits): the id to search the logs by is the trace to open.
 */
final class RequestIds {

    static final String HEADER = "X-Request-Id";
    private static final Pattern SENSIBLE = Pattern.compile("[A-Za-z0-9._:-]{8,100}");

    static void assign(RoutingContext context) {
        String given = context.request().getHeader(HEADER);
        String id = choose(given, Span.current().getSpanContext());
        context.request().headers().set(HEADER, id);
        context.response().putHeader(HEADER, id);
        context.put(HEADER, id);
        context.next();
    }

    /** The caller's sensible id, else the trace's, else a new one. */
    static String choose(String given, SpanContext trace) {
        if (given != null && SENSIBLE.matcher(given).matches()) {
            return given;
        }
        return trace.isValid() ? trace.getTraceId() : UUID.randomUUID().toString();
    }

    private RequestIds() {
    }
}
