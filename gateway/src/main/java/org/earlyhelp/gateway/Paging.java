package org.earlyhelp.gateway;

import java.util.Optional;

import io.vertx.ext.web.RoutingContext;

/** {@code ?page=&size=} of a read the gateway gathers itself; a bad value is answered 400 here and gives nothing. */
record Paging(int page, int size) {

    static Optional<Paging> of(RoutingContext context, int defaultSize, int maxSize) {
        int page;
        int size;
        try {
            page = Integer.parseInt(context.queryParams().get("page") == null ? "0" : context.queryParams().get("page"));
            size = Integer.parseInt(context.queryParams().get("size") == null ? Integer.toString(defaultSize) : context.queryParams().get("size"));
        } catch (NumberFormatException e) {
            ProblemResponses.send(context, 400, "bad-request", "Bad Request", "page and size must be numbers");
            return Optional.empty();
        }
        if (page < 0 || size < 1 || size > maxSize) {
            ProblemResponses.send(context, 400, "bad-request", "Bad Request", "page must be 0 or more and size between 1 and " + maxSize);
            return Optional.empty();
        }
        return Optional.of(new Paging(page, size));
    }
}
