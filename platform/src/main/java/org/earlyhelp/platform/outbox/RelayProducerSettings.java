package org.earlyhelp.platform.outbox;

import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The relay's producer settings: the broker connection exactly as the service's consumers have it (every {@code kafka.*}
 * setting a producer knows: bootstrap servers, {@code security.protocol}, {@code sasl.*}, {@code ssl.*}, ...), then the
 * relay's own guarantees, which no shared setting may weaken (idempotent, every replica acknowledging, bounded waits). So a
 * service pointed at a managed Kafka with TLS or SASL publishes through the same door it consumes through. Consumer-only
 * settings ({@code group.id}, {@code auto.offset.reset}) are left out: a producer would only warn about them.
 */
final class RelayProducerSettings {

    private static final Set<String> PRODUCER_SETTINGS = ProducerConfig.configNames();

    private RelayProducerSettings() {
    }

    /**
     * @param shared the service's {@code kafka.*} configuration without its prefix (Quarkus' {@code default-kafka-broker} map)
     * @param bootstrapServers {@code kafka.bootstrap.servers}, which wins over the map's copy
     */
    static Properties of(Map<String, ?> shared, String bootstrapServers, String source, long deliveryTimeoutMs) {
        Properties props = new Properties();
        shared.forEach((key, value) -> {
            if (PRODUCER_SETTINGS.contains(key) && value != null) {
                props.put(key, value);
            }
        });
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay-" + source.replace('/', '-'));
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 2);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) deliveryTimeoutMs);
        props.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1_000);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return props;
    }
}
