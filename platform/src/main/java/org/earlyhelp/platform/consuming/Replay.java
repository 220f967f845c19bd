package org.earlyhelp.platform.consuming;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.Consumer;
import org.earlyhelp.events.Topics;

import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;

/**
 * Reads the service's topics again from their first event: each consumer of an enabled channel ({@code assessment-events},
 * {@code plan-events}, {@code referral-events}) seeks to the beginning of the partitions it is assigned, on its polling
 * thread. For a read model rebuilt from the topics (which keep their events for ever, {@code retention.ms=-1}): the service
 * first clears what it built and its inbox rows, then calls {@link #fromStart()}. It moves this replica's consumers only: with
 * several replicas, reset the group's offsets with Kafka's tools while the service is scaled to 0.
 */
@ApplicationScoped
public class Replay {

    private static final Duration SEEK_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaClientService kafka;
    private final ConsumingConfig consuming;

    public Replay(KafkaClientService kafka, ConsumingConfig consuming) {
        this.kafka = kafka;
        this.consuming = consuming;
    }

    /** Seeks every consumer of the enabled channels to the beginning of its assignment. @return each channel and the partitions it will read again */
    public Map<String, Integer> fromStart() {
        return onEachChannel(c -> {
            var assigned = c.assignment();
            c.seekToBeginning(assigned);
            return assigned.size();
        });
    }

    /**
     * How many partitions this replica's consumers hold on each enabled channel: a channel with none (its consumer not started
     * yet, or in the middle of a rebalance) would not be replayed, so a rebuild asks this first.
     */
    public Map<String, Integer> assignedPartitions() {
        return onEachChannel(c -> c.assignment().size());
    }

    private Map<String, Integer> onEachChannel(java.util.function.Function<Consumer<Object, Object>, Integer> action) {
        Map<String, Integer> partitions = new TreeMap<>();
        for (String channel : channels()) {
            int count = 0;
            List<KafkaConsumer<Object, Object>> consumers = kafka.getConsumers(channel);
            for (KafkaConsumer<Object, Object> consumer : consumers) {
                count += consumer.runOnPollingThread(action).await().atMost(SEEK_TIMEOUT);
            }
            partitions.put(channel, count);
        }
        return partitions;
    }

    List<String> channels() {
        List<String> channels = new ArrayList<>();
        if (consuming.assessment()) {
            channels.add(EventDispatcher.NAMES.get(Topics.ASSESSMENT) + "-events");
        }
        if (consuming.plan()) {
            channels.add(EventDispatcher.NAMES.get(Topics.PLAN) + "-events");
        }
        if (consuming.referral()) {
            channels.add(EventDispatcher.NAMES.get(Topics.REFERRAL) + "-events");
        }
        return channels;
    }
}
