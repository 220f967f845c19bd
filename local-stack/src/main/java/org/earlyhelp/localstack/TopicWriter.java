package org.earlyhelp.localstack;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Puts a CloudEvent (binary mode) on a topic as a publishing service would: for consumer tests. */
public final class TopicWriter implements AutoCloseable {

    private final KafkaProducer<String, String> producer;

    public TopicWriter(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        this.producer = new KafkaProducer<>(props);
    }

    public void send(String topic, String familyId, String eventId, String ceType, String json) {
        send(topic, familyId, eventId, ceType, json, null);
    }

    /** @param requestId the {@code ce_requestid} extension, as an event caused by an API request carries it */
    public void send(String topic, String familyId, String eventId, String ceType, String json, String requestId) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, familyId, json);
        if (requestId != null) {
            header(record, "ce_requestid", requestId);
        }
        header(record, "ce_specversion", "1.0");
        if (eventId != null) {
            header(record, "ce_id", eventId);
        }
        header(record, "ce_type", ceType);
        header(record, "ce_source", "/earlyhelp/test");
        header(record, "ce_time", Instant.now().toString());
        header(record, "ce_subject", familyId);
        header(record, "content-type", "application/json");
        try {
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish the test event", e);
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close();
    }
}
