package org.earlyhelp.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LocalStackIT {

    @Test
    void postgresAnswersSqlAndCreatesDatabases() throws Exception {
        PostgresServer postgres = ServiceTestStack.postgres();
        postgres.createDatabases("plan_probe");
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("plan_probe"), postgres.username(), postgres.password());
                ResultSet rs = connection.createStatement().executeQuery("select current_database(), version()")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("plan_probe");
            assertThat(rs.getString(2)).startsWith("PostgreSQL 17");
        }
    }

    @Test
    void kafkaBrokerCarriesARecordAndComesBackAfterARestart() throws Exception {
        KafkaServer kafka = ServiceTestStack.kafka();
        send(kafka, "before");
        kafka.restart();
        send(kafka, "after");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProps(kafka))) {
            consumer.subscribe(List.of("earlyhelp.plan.events"));
            List<String> seen = new ArrayList<>();
            long deadline = System.currentTimeMillis() + 30_000;
            while (seen.size() < 2 && System.currentTimeMillis() < deadline) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                records.forEach(r -> seen.add(r.value()));
            }
            assertThat(seen).containsExactly("before", "after");
        }
    }

    @Test
    @DisplayName("every platform topic and its dead-letter topic keep their events for ever (retention.ms=-1): reporting-service rebuilds by replaying them")
    void topicsKeepTheirEventsForEver() throws Exception {
        KafkaServer kafka = ServiceTestStack.kafka();
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        List<ConfigResource> topics = new ArrayList<>();
        for (String topic : KafkaServer.TOPICS) {
            topics.add(new ConfigResource(ConfigResource.Type.TOPIC, topic));
            topics.add(new ConfigResource(ConfigResource.Type.TOPIC, topic + ".dlq"));
        }
        try (Admin admin = Admin.create(props)) {
            var configs = admin.describeConfigs(topics).all().get(30, TimeUnit.SECONDS);
            assertThat(configs).hasSize(6);
            configs.forEach((topic, config) -> assertThat(config.get("retention.ms").value()).as(topic.name()).isEqualTo("-1"));
        }
    }

    @Test
    @DisplayName("a broker with a SASL listener only carries an authenticated client's records and no one else's (issue 21)")
    void saslBrokerServesOnlyAuthenticatedClients() throws Exception {
        java.nio.file.Path work = java.nio.file.Files.createTempDirectory("kafka-sasl");
        try (KafkaServer kafka = KafkaServer.startWithSasl(0, work, null)) {
            assertThat(kafka.clientSettings()).containsEntry("security.protocol", "SASL_PLAINTEXT").containsEntry("sasl.mechanism", "PLAIN");
            send(kafka, "authenticated");
            List<String> seen = new TopicReader(kafka.bootstrapServers(), kafka.clientSettings())
                    .records("earlyhelp.plan.events", r -> true).stream().map(r -> r.value()).toList();
            assertThat(seen).containsExactly("authenticated");

            Properties plain = new Properties();
            plain.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
            plain.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 3_000);
            plain.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            plain.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(plain)) {
                org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        producer.send(new ProducerRecord<>("earlyhelp.plan.events", "family-1", "unauthenticated")).get(10, TimeUnit.SECONDS))
                        .as("a client without SASL never reaches the broker").isNotNull();
            }
        }
    }

    private static void send(KafkaServer kafka, String value) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.putAll(kafka.clientSettings());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            producer.send(new ProducerRecord<>("earlyhelp.plan.events", "family-1", value)).get();
        }
    }

    private static Properties consumerProps(KafkaServer kafka) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "probe");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return props;
    }
}
