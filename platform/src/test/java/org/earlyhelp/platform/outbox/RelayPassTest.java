package org.earlyhelp.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.earlyhelp.platform.outbox.RelayPass.Fate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RelayPassTest {

    /** An outbox row as the pass sees it: the family (record key) and a payload. */
    record Row(String family, String payload) {
    }

    /** A broker that answers each payload as scripted: acknowledged unless a failure is named for it. */
    static final class ScriptedBroker extends MockProducer<String, String> {
        final Map<String, RuntimeException> failures = new HashMap<>();
        final List<String> received = new ArrayList<>();

        ScriptedBroker() {
            super(true, null, new StringSerializer(), new StringSerializer());
        }

        @Override
        public synchronized Future<RecordMetadata> send(ProducerRecord<String, String> record) {
            received.add(record.value());
            RuntimeException failure = failures.get(record.value());
            return failure == null ? CompletableFuture.completedFuture(null) : CompletableFuture.failedFuture(failure);
        }

        @Override
        public void flush() {
        }
    }

    final ScriptedBroker broker = new ScriptedBroker();
    final RelayPass<Row> pass = new RelayPass<>(broker, row -> new ProducerRecord<>("t", row.family(), row.payload()), 1_000,
            Duration.ofSeconds(1));

    static Map<String, Fate> fates(Map<Row, RelayPass.Result> results) {
        Map<String, Fate> fates = new HashMap<>();
        results.forEach((row, result) -> fates.put(row.payload(), result.fate()));
        return fates;
    }

    @Test
    @DisplayName("every acknowledged event is sent, including those after one the broker refused: none is sent twice")
    void acknowledgedEventsAfterARefusalAreNotSentAgain() {
        broker.failures.put("a1", new InvalidTopicException("no"));
        List<Row> rows = List.of(new Row("A", "a1"), new Row("B", "b1"), new Row("C", "c1"));

        Map<String, Fate> fates = fates(pass.run(rows));

        assertThat(fates).containsEntry("a1", Fate.PARKED).containsEntry("b1", Fate.SENT).containsEntry("c1", Fate.SENT);
    }

    @Test
    @DisplayName("an event too large for the broker is parked without being sent, and its family's later events wait behind it")
    void oversizedEventIsParkedAndHoldsItsFamily() {
        List<Row> rows = List.of(new Row("A", "x".repeat(2_000)), new Row("B", "b1"), new Row("A", "a2"), new Row("B", "b2"));

        Map<Row, RelayPass.Result> results = pass.run(rows);

        assertThat(results.get(rows.get(0))).isEqualTo(RelayPass.Result.parked("RecordTooLargeException"));
        assertThat(results).doesNotContainKey(rows.get(2));
        assertThat(fates(results)).containsEntry("b1", Fate.SENT).containsEntry("b2", Fate.SENT);
        assertThat(broker.received).containsExactly("b1", "b2");
    }

    @Test
    @DisplayName("a refusal Kafka calls final parks the event with the error's name only")
    void nonRetriableRefusalParks() {
        broker.failures.put("a1", new RecordTooLargeException("The message is 2000000 bytes"));

        Map<Row, RelayPass.Result> results = pass.run(List.of(new Row("A", "a1")));

        assertThat(results.values()).containsExactly(RelayPass.Result.parked("RecordTooLargeException"));
    }

    @Test
    @DisplayName("an event the broker could not take for now stays pending; other families go on")
    void retriableFailureStaysPending() {
        broker.failures.put("a1", new NotLeaderOrFollowerException("moving"));
        broker.failures.put("b1", new org.apache.kafka.common.errors.TimeoutException("slow"));

        Map<String, Fate> fates = fates(pass.run(List.of(new Row("A", "a1"), new Row("B", "b1"), new Row("C", "c1"))));

        assertThat(fates).containsEntry("a1", Fate.PENDING).containsEntry("b1", Fate.PENDING).containsEntry("c1", Fate.SENT);
    }

    @Test
    @DisplayName("the size counted is the key, the value and the headers in UTF-8 bytes")
    void sizeCountsBytes() {
        ProducerRecord<String, String> record = new ProducerRecord<>("t", "k", "é");
        record.headers().add("h", new byte[] { 1, 2 });
        assertThat(RelayPass.sizeOf(record)).isEqualTo(1 + 2 + 1 + 2);
    }
}
