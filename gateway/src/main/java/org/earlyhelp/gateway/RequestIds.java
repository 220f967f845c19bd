package org.earlyhelp.gateway;

import java.util.UUID;
import java.util.regex.Pattern;

import io.vertx.ext.web.RoutingContext;

/**
 * Every request gets an id at the front door ({@code X-Request-Id}, kept when a caller sends a
 * sensible one): passed on to the service, which logs it and stamps it on the events it causes,
 * and returned to the caller, so one id follows a request everywhere.
 */
final class RequestIds {

    static final String HEADER = "X-Request-Id";
    private static final Pattern SENSIBLE = Pattern.compile("[A-Za-z0-9._:-]{8,100}");

    static void assign(RoutingContext context) {
        String given = context.request().getHeader(HEADER);
        String id = given != null && SENSIBLE.matcher(given).matches() ? given : UUID.randomUUID().toString();
        context.request().headers().set(HEADER, id);
        context.response().putHeader(HEADER, id);
        context.put(HEADER, id);
        context.next();
    }

    private RequestIds() {
    }
}
