package org.earlyhelp.platform.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.earlyhelp.platform.tracing.TraceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import io.smallrye.common.annotation.Identifier;

/**
 * Publishes outbox rows to Kafka in the order they were written, with an idempotent producer
 * ({@code acks=all}). One replica relays at a time (a PostgreSQL advisory lock), so order per
 * family holds however many replicas run. A crash between publish and marking only repeats an
 * event, which consumers skip through their inbox.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Arbitrary constant: the advisory lock key of the relay in this service's database. */
    private static final long RELAY_LOCK = 0x0e4e1a7L;

    private final EntityManager entityManager;
    private final OutboxConfig config;
    private final String bootstrapServers;
    private final Map<String, Object> kafkaSettings;
    private final java.time.Clock clock;
    private volatile Producer<String, String> producer;
    private volatile boolean brokerWasUnavailable;
    private final java.util.concurrent.atomic.AtomicBoolean wakeUp = new java.util.concurrent.atomic.AtomicBoolean();
    private final java.util.concurrent.atomic.AtomicBoolean draining = new java.util.concurrent.atomic.AtomicBoolean();
    private final RelayGate gate = new RelayGate();
    @jakarta.inject.Inject
    org.eclipse.microprofile.context.ManagedExecutor executor;

    public OutboxRelay(EntityManager entityManager, OutboxConfig config,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @Identifier("default-kafka-broker") Map<String, Object> kafkaSettings, java.time.Clock clock) {
        this.clock = clock;
        this.entityManager = entityManager;
        this.config = config;
        this.bootstrapServers = bootstrapServers;
        this.kafkaSettings = kafkaSettings;
    }

    /**
     * The safety net: events are relayed as their transaction commits ({@link #onCommit}); this pass picks up what a
     * wake-up missed (the broker was down, another replica held the lock). Quarkus' scheduler ticks once a second, so
     * a shorter interval would only be rounded up (and warned about at start).
     */
    @Scheduled(every = "${earlyhelp.outbox.poll-interval:1s}", concurrentExecution = ConcurrentExecution.SKIP, delayed = "1s")
    void relayOnSchedule() {
        if (!config.enabled()) {
            return;
        }
        try {
            relayPendingEvents();
        } catch (RuntimeException e) {
            if (!brokerWasUnavailable) {
                LOG.warnf("Outbox relay paused, will retry: %s", e.getClass().getSimpleName());
                brokerWasUnavailable = true;
            }
        }
    }

    /**
     * A transaction that wrote events has committed: relay now instead of at the next tick (the
     * scheduled pass stays as the safety net). Wake-ups while a pass runs fold into one more pass.
     */
    void onCommit(@jakarta.enterprise.event.Observes(during = jakarta.enterprise.event.TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        if (!config.enabled()) {
            return;
        }
        wakeUp.set(true);
        if (draining.compareAndSet(false, true)) {
            lingering().execute(this::drain);
        }
    }

    /** Runs a pass after {@code earlyhelp.outbox.linger}: the commits meanwhile only set the wake-up this pass answers. */
    private java.util.concurrent.Executor lingering() {
        long linger = config.linger().toMillis();
        return linger <= 0 ? executor
                : java.util.concurrent.CompletableFuture.delayedExecutor(linger, java.util.concurrent.TimeUnit.MILLISECONDS, executor);
    }

    private void drain() {
        try {
            while (wakeUp.getAndSet(false)) {
                relayOnSchedule();
            }
        } finally {
            draining.set(false);
            if (wakeUp.get() && draining.compareAndSet(false, true)) {
                lingering().execute(this::drain);
            }
        }
    }

    /** One pass: publishes what is pending, oldest first. @return how many events were published. */
    public int relayPendingEvents() {
        if (!gate.enter()) {
            return 0; // the service is stopping: no new batch
        }
        int published;
        try {
            published = QuarkusTransaction.requiringNew().call(this::relayBatchUnderLock);
        } finally {
            gate.exit();
        }
        if (published > 0 && brokerWasUnavailable) {
            LOG.info("Outbox relay resumed");
            brokerWasUnavailable = false;
        }
        return published;
    }

    private int relayBatchUnderLock() {
        Boolean locked = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                .setParameter("key", RELAY_LOCK).getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        List<OutboxMessage> pending = entityManager.createQuery("from OutboxMessage m where m.sentAt is null and m.parkedAt is null"
                + " and not exists (select 1 from OutboxMessage p where p.recordKey = m.recordKey and p.parkedAt is not null"
                + " and p.sentAt is null) order by m.position", OutboxMessage.class)
                .setMaxResults(config.batchSize()).getResultList();
        if (pending.isEmpty()) {
            return 0;
        }
        var results = new RelayPass<OutboxMessage>(producer(), this::toRecord, config.maxEventBytes(), config.sendTimeout()).run(pending);
        Instant now = clock.instant();
        int published = 0;
        for (var entry : results.entrySet()) {
            OutboxMessage message = entry.getKey();
            switch (entry.getValue().fate()) {
                case SENT -> {
                    message.sentAt = now;
                    published++;
                }
                case PARKED -> {
                    message.parkedAt = now;
                    message.parkReason = entry.getValue().reason();
                    LOG.errorf("Outbox relay: event %s (%s) refused by the broker for good (%s): parked; the family's later events wait"
                            + " behind it. See GET /ops/outbox/parked", message.eventId, message.type, message.parkReason);
                }
                case PENDING -> {
                    if (!brokerWasUnavailable) {
                        LOG.warnf("Outbox relay: broker did not acknowledge event %s in time; it stays pending", message.eventId);
                    }
                    brokerWasUnavailable = true;
                }
            }
        }
        return published;
    }

    private ProducerRecord<String, String> toRecord(OutboxMessage message) {
        return toRecord(message, config.source());
    }

    /** The row as the record the broker gets: CloudEvents headers, the request id, and the writer's trace context (W3C). */
    static ProducerRecord<String, String> toRecord(OutboxMessage message, String source) {
        ProducerRecord<String, String> record = new ProducerRecord<>(message.topic, message.recordKey, message.payload);
        CloudEventHeaders.write(record.headers(), message.eventId.toString(), message.type, source,
                message.occurredAt, message.recordKey);
        CloudEventHeaders.writeRequestId(record.headers(), message.requestId);
        if (message.traceparent != null) {
            new TraceContext(message.traceparent, message.tracestate).writeTo(record.headers());
        }
        return record;
    }

    private Producer<String, String> producer() {
        Producer<String, String> current = producer;
        if (current == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = new KafkaProducer<>(producerProperties());
                }
                current = producer;
            }
        }
        return current;
    }

    private Properties producerProperties() {
        return RelayProducerSettings.of(kafkaSettings, bootstrapServers, config.source(), config.sendTimeout().toMillis());
    }

    /**
     * Graceful shutdown: no batch starts after this; the one under way finishes and is marked (its wait bounded by
     * {@code earlyhelp.outbox.stop-timeout}), before the datasource and the producer close under it.
     */
    void stop(@jakarta.enterprise.event.Observes io.quarkus.runtime.ShutdownEvent shutdown) {
        if (!gate.close(config.stopTimeout())) {
            LOG.warn("Outbox relay: the batch under way did not finish in time; its events stay pending for the next start");
        }
    }

    @PreDestroy
    void close() {
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(2));
        }
    }
}
