package org.earlyhelp.platform.consuming;

import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Metadata;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;

/**
 * The platform's failure strategy ({@code failure-strategy=counted-dead-letter-queue}): SmallRye's own dead-letter queue,
 * unchanged (the event, its headers and the reason go to {@code <topic>.dlq}), and a count of the events this service's
 * consumers parked there, {@code earlyhelp_events_dead_lettered_total{channel, topic}}, incremented once the dead-letter
 * topic has acknowledged the record. A counter of this service's own parkings rather than the topic's depth: a
 * dead-letter topic is shared by every service consuming the topic, so only the consumer that parks an event can say
 * which service it was; an alert reads its increase.
 */
@ApplicationScoped
@Identifier(CountedDeadLetterQueue.STRATEGY)
public class CountedDeadLetterQueue implements KafkaFailureHandler.Factory {

    public static final String STRATEGY = "counted-dead-letter-queue";

    private final KafkaFailureHandler.Factory deadLetterQueue;
    private final MeterRegistry registry;

    public CountedDeadLetterQueue(@Identifier(KafkaFailureHandler.Strategy.DEAD_LETTER_QUEUE) KafkaFailureHandler.Factory deadLetterQueue,
            MeterRegistry registry) {
        this.deadLetterQueue = deadLetterQueue;
        this.registry = registry;
    }

    @Override
    public KafkaFailureHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx, KafkaConsumer<?, ?> consumer,
            BiConsumer<Throwable, Boolean> reportFailure) {
        KafkaFailureHandler parking = deadLetterQueue.create(config, vertx, consumer, reportFailure);
        Counter parked = Counter.builder("earlyhelp.events.dead.lettered")
                .description("Events this service's consumers gave up on after their retries and parked on the dead-letter topic")
                .tag("channel", config.getChannel())
                .tag("topic", config.getDeadLetterQueueTopic().orElse("dead-letter-topic-" + config.getChannel()))
                .register(registry);
        return new KafkaFailureHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                return parking.handle(record, reason, metadata).invoke(() -> parked.increment());
            }

            @Override
            public void terminate() {
                parking.terminate();
            }
        };
    }
}
