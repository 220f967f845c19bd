package org.earlyhelp.gateway;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;

/**
 * A token bucket per caller (Bucket4j): the token's subject, so a user and a partner system's
 * client each have their own allowance, refilled whole each minute from the caller's first
 * request (a fixed window: a test or a client can count on it). Over it: 429 problem with {@code Retry-After}.
 * A second set of buckets, per client address, is taken before the token is even read.
 */
final class RateLimits {

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final int perMinute;

    RateLimits(int perMinute) {
        this.perMinute = perMinute;
    }

    void check(RoutingContext context) {
        take(context, callerOf(context), "this caller");
    }

    /** Before the token is looked at: a bucket per client address, so a flood without (or with bad) tokens is shed too. */
    void checkAddress(RoutingContext context) {
        var address = context.request().remoteAddress();
        take(context, "address:" + (address == null ? "unknown" : address.hostAddress()), "this address");
    }

    private void take(RoutingContext context, String caller, String who) {
        Bucket bucket = buckets.computeIfAbsent(caller, key -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillIntervally(perMinute, Duration.ofMinutes(1)).build()).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            context.response().putHeader("RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
            context.next();
            return;
        }
        long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
        context.response().putHeader("Retry-After", Long.toString(seconds));
        ProblemResponses.send(context, 429, "rate-limited", "Too Many Requests",
                "More than " + perMinute + " requests a minute from " + who + ": try again in " + seconds + " s");
    }

    private static String callerOf(RoutingContext context) {
        QuarkusHttpUser user = (QuarkusHttpUser) context.user();
        if (user.getSecurityIdentity().getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            return jwt.getSubject();
        }
        return user.getSecurityIdentity().getPrincipal().getName();
    }
}
