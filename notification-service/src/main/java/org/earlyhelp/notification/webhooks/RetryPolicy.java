package org.earlyhelp.notification.webhooks;

import java.time.Duration;

/**
 * Exponential back-off: {@code first}, doubling each attempt, never more than {@code max}; a
 * delivery is retried until {@code retryFor} after it was queued (at least 24 hours by default).
 */
public record RetryPolicy(Duration first, Duration max, Duration retryFor, int disableAfterFailures) {

    public Duration backoffAfter(int attempts) {
        long factor = 1L << Math.min(Math.max(attempts - 1, 0), 30);
        Duration backoff = first.multipliedBy(factor);
        return backoff.compareTo(max) > 0 ? max : backoff;
    }
}
