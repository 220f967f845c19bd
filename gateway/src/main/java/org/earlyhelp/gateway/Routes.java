package org.earlyhelp.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.proxy.handler.ProxyHandler;
import io.vertx.httpproxy.HttpProxy;

/**
 * Routes {@code /api/...} (and a page a service serves, such as {@code /reports/partnership}) to the owning service with the
 * caller's token, after checking the token here: no token or a bad one is answered 401 by the gateway itself. The service's
 * answer passes through as it is: its status, body and headers ({@code Content-Type}, {@code Content-Disposition}).
 */
@ApplicationScoped
public class Routes {

    private static final Logger LOG = Logger.getLogger(Routes.class);
    /** The notification stream, the one path a stream ticket opens (see {@link #streamTicketRequest}). */
    static final String NOTIFICATION_STREAM = "/api/notifications/stream";

    void install(@Observes Router router, Vertx vertx, GatewayConfig config, ServiceDirectory directory, MeterRegistry metrics,
            @org.eclipse.microprofile.config.inject.ConfigProperty(name = "quarkus.http.limits.max-body-size")
            java.util.Optional<io.quarkus.runtime.configuration.MemorySize> maxBody) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(2000).setIdleTimeout(60)
                .setKeepAlive(true).setMaxPoolSize(config.maxConnectionsPerService()).setMaxWaitQueueSize(config.maxQueuedPerService()));
        router.route().order(-200).handler(RequestIds::assign);
        // a body over the limit is a 413 problem (before Quarkus' own check at order -2, which answers an empty 413)
        maxBody.ifPresent(max -> {
            long limit = max.asLongValue();
            router.route().order(-199).handler(context -> {
                if (declaredOver(context.request().getHeader("Content-Length"), limit)) {
                    context.response().putHeader("Connection", "close");
                    ProblemResponses.send(context, 413, "too-large", "Content Too Large", "The body is over the " + (limit / 1024) + " KiB limit of this API");
                } else {
                    context.next();
                }
            });
        });
        // the API and any page a service serves beside it (reporting-service's /reports/partnership): a verified token, and
        // the same rate limits, on every one of them
        List<String> guarded = guardedPaths(config.services());
        if (config.rateLimit().enabled()) {
            RateLimits perAddress = new RateLimits(config.rateLimit().perAddressPerMinute());
            guarded.forEach(path -> guard(router, path).order(-190).handler(perAddress::checkAddress));
        }
        guarded.forEach(path -> guard(router, path).order(-100).handler(Routes::requireAuthenticatedCaller));
        if (config.rateLimit().enabled()) {
            RateLimits limits = new RateLimits(config.rateLimit().perMinute());
            // a stream ticket request has no token subject to count by: the per-address limit above counts it
            guarded.forEach(path -> guard(router, path).order(-90)
                    .handler(context -> {
                        if (streamTicketRequest(context.request())) {
                            context.next();
                        } else {
                            limits.check(context);
                        }
                    }));
        }
        long timeout = config.serviceTimeout().toMillis();
        ServiceCalls calls = new ServiceCalls(client, timeout, directory);
        FamilyTimeline timeline = new FamilyTimeline(calls, config.services());
        router.get("/api/families/:id/timeline").order(-50).handler(timeline::handle);
        FamilyAuditTrail auditTrail = new FamilyAuditTrail(calls, config.services());
        router.get("/api/audit").order(-50).handler(auditTrail::handle);
        CombinedOpenApi openApi = new CombinedOpenApi(calls, config.services());
        router.get("/q/openapi").order(-300).handler(openApi::handle);
        router.get("/q/swagger-ui").order(-300).handler(SwaggerUi::page);
        router.get("/q/swagger-ui/").order(-300).handler(SwaggerUi::page);
        router.get("/q/swagger-ui/:asset").order(-300).blockingHandler(SwaggerUi::asset);
        // the events' contract for partner systems, public like /q/openapi: the file and its HTML rendering
        org.earlyhelp.gateway.asyncapi.AsyncApiDocument asyncApi = org.earlyhelp.gateway.asyncapi.AsyncApiDocument.load();
        router.get("/asyncapi.yaml").order(-300).handler(asyncApi::yaml);
        router.get("/asyncapi").order(-300).handler(asyncApi::page);
        for (Map.Entry<String, GatewayConfig.Service> service : config.services().entrySet()) {
            ServiceInstances instances = directory.instances(service.getKey());
            HttpProxy proxy = HttpProxy.reverseProxy(client)
                    .originRequestProvider(new OriginRequests(instances, timeout, metrics))
                    .addInterceptor(new ProxyFailures(service.getKey()));
            ProxyHandler handler = ProxyHandler.create(proxy);
            for (String path : service.getValue().paths()) {
                router.route(path).handler(handler);
                router.route(path + "/*").handler(handler);
                LOG.infof("Route %s -> %s (%s)", path, service.getKey(), instances.all());
            }
        }
        router.route("/api/*").order(10_000).handler(context -> ProblemResponses.send(context, 404, "not-found", "Not Found",
                "No part of the API answers " + context.request().path()));
        router.route().failureHandler(Routes::onFailure);
    }

    /** The paths that need a verified token: {@code /api}, and each path a service owns outside it (a page). */
    static List<String> guardedPaths(Map<String, GatewayConfig.Service> services) {
        List<String> paths = new ArrayList<>(List.of("/api"));
        services.values().forEach(service -> service.paths().stream()
                .filter(path -> !underApi(path) && !paths.contains(path)).forEach(paths::add));
        return paths;
    }

    static boolean underApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }

    /** One route for a path and everything below it ({@code /reports/partnership}, {@code /reports/partnership/...}), never a neighbour. */
    private static Route guard(Router router, String path) {
        return router.routeWithRegex(Pattern.quote(path) + "(/.*)?");
    }

    static boolean declaredOver(String contentLength, long limit) {
        try {
            return contentLength != null && Long.parseLong(contentLength.trim()) > limit;
        } catch (NumberFormatException e) {
            return false; // Vert.x refuses a malformed Content-Length itself
        }
    }

    /**
     * The one request let through without a bearer token: {@code GET /api/notifications/stream?ticket=...} with no
     * {@code Authorization} header, from a browser's {@code EventSource}, which cannot send one. notification-service checks
     * the single-use ticket itself (401 when unknown, expired or used). The ticket is never logged here.
     */
    static boolean streamTicketRequest(HttpServerRequest request) {
        if (request.method() != HttpMethod.GET || !NOTIFICATION_STREAM.equals(request.path())
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return false;
        }
        List<String> tickets = request.params().getAll("ticket");
        return tickets.size() == 1 && !tickets.get(0).isBlank();
    }

    private static void requireAuthenticatedCaller(RoutingContext context) {
        if (streamTicketRequest(context.request())) {
            context.next();
            return;
        }
        QuarkusHttpUser user = (QuarkusHttpUser) context.user();
        if (user == null || user.getSecurityIdentity().isAnonymous()) {
            ProblemResponses.unauthorized(context);
            return;
        }
        context.next();
    }

    private static void onFailure(RoutingContext context) {
        Throwable failure = context.failure();
        if (failure instanceof AuthenticationFailedException || context.statusCode() == 401) {
            ProblemResponses.unauthorized(context);
        } else if (context.statusCode() == 413) {
            context.response().putHeader("Connection", "close");
            ProblemResponses.send(context, 413, "too-large", "Content Too Large", "The body is over the limit of this API");
        } else if (context.statusCode() >= 400 && context.statusCode() < 500) {
            ProblemResponses.send(context, context.statusCode(), "http", "Bad Request", "The request could not be handled");
        } else {
            context.next();
        }
    }
}
