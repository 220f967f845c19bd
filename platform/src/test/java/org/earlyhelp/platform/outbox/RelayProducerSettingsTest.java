package org.earlyhelp.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class RelayProducerSettingsTest {

    /** The service's kafka.* settings as a managed Kafka with SASL over TLS needs them, plus a consumer's own. */
    private static Map<String, Object> managedKafka() {
        Map<String, Object> shared = new HashMap<>();
        shared.put("bootstrap.servers", "ignored:9092");
        shared.put("security.protocol", "SASL_SSL");
        shared.put("sasl.mechanism", "SCRAM-SHA-512");
        shared.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"u\" password=\"p\";");
        shared.put("ssl.truststore.location", "/etc/kafka/truststore.p12");
        shared.put("ssl.truststore.type", "PKCS12");
        shared.put("group.id", "plan-service");
        shared.put("auto.offset.reset", "earliest");
        shared.put("acks", "1");
        shared.put("enable.idempotence", "false");
        return shared;
    }

    @Test
    void theRelayConnectsWithTheSecuritySettingsTheConsumersUse() {
        Properties props = RelayProducerSettings.of(managedKafka(), "broker-1:9093,broker-2:9093", "/earlyhelp/plan", 30_000);

        assertThat(props).containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("ssl.truststore.location", "/etc/kafka/truststore.p12")
                .containsEntry("ssl.truststore.type", "PKCS12")
                .containsEntry("bootstrap.servers", "broker-1:9093,broker-2:9093");
        assertThat(props.get("sasl.jaas.config")).asString().contains("ScramLoginModule");
    }

    @Test
    void consumerSettingsAreLeftOut() {
        Properties props = RelayProducerSettings.of(managedKafka(), "broker:9093", "/earlyhelp/plan", 30_000);

        assertThat(props).doesNotContainKeys("group.id", "auto.offset.reset");
    }

    @Test
    void noSharedSettingWeakensTheRelaysGuarantees() {
        Properties props = RelayProducerSettings.of(managedKafka(), "broker:9093", "/earlyhelp/plan", 30_000);

        assertThat(props).containsEntry("acks", "all").containsEntry("enable.idempotence", true)
                .containsEntry("delivery.timeout.ms", 30_000).containsEntry("client.id", "outbox-relay--earlyhelp-plan");
    }

    @Test
    void aPlainLocalBrokerNeedsNothingMore() {
        Properties props = RelayProducerSettings.of(Map.of("bootstrap.servers", "127.0.0.1:19092"), "127.0.0.1:19092",
                "/earlyhelp/plan", 30_000);

        assertThat(props).doesNotContainKeys("security.protocol", "sasl.mechanism");
        assertThat(props).containsEntry("bootstrap.servers", "127.0.0.1:19092");
    }
}
