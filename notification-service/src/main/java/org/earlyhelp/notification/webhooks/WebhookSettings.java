package org.earlyhelp.notification.webhooks;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code earlyhelp.webhooks.*}: how partner deliveries are retried, when a subscription is disabled, how often the dispatcher runs. */
@ConfigMapping(prefix = "earlyhelp.webhooks")
public interface WebhookSettings {

    /** The first retry waits this long; each next one twice as long. */
    @WithDefault("5s")
    Duration firstRetry();

    @WithDefault("1h")
    Duration maxBackoff();

    /** How long a delivery keeps being retried after it was queued. */
    @WithDefault("24h")
    Duration retryFor();

    /** Consecutive failed attempts (across deliveries) that disable a subscription. */
    @WithDefault("50")
    int disableAfterFailures();

    /** How often the dispatcher looks for due deliveries (it also wakes when new ones are queued). */
    @WithDefault("1s")
    String dispatchEvery();

    @WithDefault("10s")
    Duration timeout();

    @WithDefault("20")
    int batchSize();

    /** Subscription URLs must be https; false only in dev and tests, where the receiver is local. */
    @WithDefault("true")
    boolean requireHttps();

    /** Exact IP addresses exempt from the public-address rule (a local receiver); none by default. */
    java.util.Optional<java.util.Set<String>> allowedAddresses();

    /**
     * How long, after a secret rotation, the previous secret keeps signing messages (beside the new one) when the partner
     * does not say: 0 to 168 hours (a week), checked at start-up.
     */
    @WithDefault("24")
    @jakarta.validation.constraints.Min(0)
    @jakarta.validation.constraints.Max(168)
    int rotationOverlapHours();

    default RetryPolicy retryPolicy() {
        return new RetryPolicy(firstRetry(), maxBackoff(), retryFor(), disableAfterFailures());
    }
}
