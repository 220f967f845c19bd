package org.earlyhelp.notification.webhooks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;

import org.earlyhelp.platform.access.FamilyCircle;
import org.earlyhelp.platform.work.DueWork;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;

/**
 * Sends due deliveries, signed as Standard Webhooks describes ({@code webhook-id},
 * {@code webhook-timestamp}, {@code webhook-signature}: HMAC-SHA256 of id.timestamp.body, twice while a secret
 * rotation overlaps: {@link WebhookSignatures}). Each
 * batch is claimed with {@code for update skip locked} and a lease, so two replicas never send the
 * same delivery at once; the HTTP call runs outside any transaction; its outcome is recorded after.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    private final EntityManager entityManager;
    private final WebhookSettings settings;
    private final Clock clock;
    private final HttpClient http;
    private final ManagedExecutor executor;
    private final AtomicBoolean wakeUp = new AtomicBoolean();
    private final AtomicBoolean draining = new AtomicBoolean();

    private final WebhookAddresses addresses;
    private final FamilyCircle circle;
    private final ObjectMapper json;
    private final SealedSecrets secrets;

    @jakarta.inject.Inject
    WebhookMetrics metrics;

    public WebhookDispatcher(EntityManager entityManager, WebhookSettings settings, Clock clock, ManagedExecutor executor,
            WebhookAddresses addresses, FamilyCircle circle, ObjectMapper json, SealedSecrets secrets) {
        this.secrets = secrets;
        this.addresses = addresses;
        this.circle = circle;
        this.json = json;
        this.entityManager = entityManager;
        this.executor = executor;
        this.settings = settings;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Scheduled(every = "${earlyhelp.webhooks.dispatch-every:1s}", concurrentExecution = ConcurrentExecution.SKIP, delayed = "1s")
    void onSchedule() {
        dispatchDue();
    }

    /** New deliveries committed: go now (wake-ups while a pass runs fold into one more pass). */
    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) WebhookQueue.Queued queued) {
        wakeUp.set(true);
        if (draining.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    private void drain() {
        try {
            while (wakeUp.getAndSet(false)) {
                dispatchDue();
            }
        } finally {
            draining.set(false);
            if (wakeUp.get() && draining.compareAndSet(false, true)) {
                executor.execute(this::drain);
            }
        }
    }

    /** Sends what is due now; @return how many attempts were made. */
    public synchronized int dispatchDue() {
        int attempts = 0;
        List<UUID> claimed;
        do {
            claimed = QuarkusTransaction.requiringNew().call(this::claim);
            for (UUID id : claimed) {
                attempt(id);
                attempts++;
            }
        } while (claimed.size() == settings.batchSize());
        return attempts;
    }

    private List<UUID> claim() {
        return DueWork.claim(entityManager, "webhook_delivery", settings.batchSize(), settings.timeout().plusSeconds(30), clock.instant());
    }

    private void attempt(UUID deliveryId) {
        record Target(String url, List<String> secrets, String payload, UUID eventId) {
        }
        Target target = QuarkusTransaction.requiringNew().call(() -> {
            WebhookDelivery delivery = entityManager.find(WebhookDelivery.class, deliveryId);
            if (delivery == null) {
                return null;
            }
            WebhookSubscription subscription = entityManager.find(WebhookSubscription.class, delivery.subscriptionId());
            if (delivery.status() != DeliveryStatus.PENDING || subscription.status() != SubscriptionStatus.ACTIVE) {
                return null; // disabled (or settled) since it was claimed
            }
            // still shared? A consent withdrawn since the event was queued takes back what it gave, retries included
            java.util.UUID family = WebhookPayloads.familyOf(json, delivery.payload());
            if (family == null || !circle.includes(subscription.partner(), subscription.area(), family)) {
                delivery.abandon();
                entityManager.persist(DeliveryAttempt.of(delivery, new WebhookDelivery.Attempt(null, "not sent", 0), clock.instant(),
                        "Not sent: the family is no longer shared with this partner"));
                return null;
            }
            // the secrets valid now (two while a rotation overlaps), opened for this one message only
            List<String> signing = subscription.signingSecrets(clock.instant()).stream().map(secrets::open).toList();
            return new Target(subscription.url(), signing, delivery.payload(), delivery.eventId());
        });
        if (target == null) {
            return;
        }
        WebhookDelivery.Attempt outcome = send(target.url(), target.secrets(), target.eventId().toString(), target.payload());
        QuarkusTransaction.requiringNew().run(() -> recordOutcome(deliveryId, outcome));
    }

    WebhookDelivery.Attempt send(String url, List<String> signingSecrets, String messageId, String payload) {
        long started = System.nanoTime();
        // Checked again at every delivery: the host may resolve somewhere else today than when the partner subscribed.
        var refused = addresses.refusal(url);
        if (refused.isPresent()) {
            return new WebhookDelivery.Attempt(null, "refused: " + refused.get(), elapsed(started));
        }
        try {
            long timestamp = clock.instant().getEpochSecond();
            String signature = WebhookSignatures.header(signingSecrets, messageId, timestamp, payload);
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(settings.timeout())
                    .header("content-type", "application/json")
                    .header("webhook-id", messageId)
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", signature)
                    .POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8)).build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return new WebhookDelivery.Attempt(response.statusCode(), null, elapsed(started));
        } catch (IOException e) {
            // the kind of failure only: the log keeps what happened, never what a receiver (or the network) said
            return new WebhookDelivery.Attempt(null, e.getClass().getSimpleName(), elapsed(started));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new WebhookDelivery.Attempt(null, "interrupted", elapsed(started));
        } catch (Exception e) {
            return new WebhookDelivery.Attempt(null, e.getClass().getSimpleName(), elapsed(started));
        }
    }

    private void recordOutcome(UUID deliveryId, WebhookDelivery.Attempt outcome) {
        Instant now = clock.instant();
        WebhookDelivery delivery = entityManager.find(WebhookDelivery.class, deliveryId);
        if (delivery == null) {
            return; // its subscription was deleted meanwhile
        }
        WebhookSubscription subscription = entityManager.find(WebhookSubscription.class, delivery.subscriptionId());
        delivery.record(outcome, now, settings.retryPolicy());
        metrics.attempted(outcome);
        String note = null;
        if (outcome.succeeded()) {
            subscription.succeeded();
        } else if (subscription.failed(settings.disableAfterFailures(), now)) {
            note = subscription.disabledReason();
            LOG.warnf("Webhook subscription %s disabled after %d consecutive failures", subscription.id(),
                    subscription.consecutiveFailures());
            var abandoned = entityManager.createQuery("from WebhookDelivery d where d.subscriptionId = :s and d.status = :pending",
                    WebhookDelivery.class).setParameter("s", subscription.id()).setParameter("pending", DeliveryStatus.PENDING).getResultList();
            abandoned.forEach(WebhookDelivery::abandon);
            metrics.abandoned(abandoned.size());
        } else if (delivery.status() == DeliveryStatus.FAILED) {
            note = "Gave up: retried for " + settings.retryFor();
            metrics.gaveUp();
        }
        entityManager.persist(DeliveryAttempt.of(delivery, outcome, now, note));
    }

    private static long elapsed(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
