package org.earlyhelp.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RetriableException;

/**
 * One relay pass over pending events, oldest first, decided without a database so a unit test reaches every case:
 * <ul>
 * <li>an event the broker acknowledged is <b>sent</b>, wherever it stood in the pass (it is never sent again);</li>
 * <li>an event refused for good (too large for the broker, or any error Kafka does not call retriable) is <b>parked</b>
 * with the error's name: kept, not lost, visible to ops, retried only when someone asks;</li>
 * <li>an event the broker did not answer in time stays pending for a later pass;</li>
 * <li>a family's order holds: once one of its events is parked or left pending, its later events in the pass are not
 * sent at all (an oversized event is caught before it is sent, so nothing behind it has gone ahead); they wait behind it.</li>
 * </ul>
 *
 * @param <M> the outbox row
 */
final class RelayPass<M> {

    enum Fate { SENT, PARKED, PENDING }

    record Result(Fate fate, String reason) {
        static final Result SENT = new Result(Fate.SENT, null);
        static final Result PENDING = new Result(Fate.PENDING, null);

        static Result parked(String reason) {
            return new Result(Fate.PARKED, reason);
        }
    }

    private final Producer<String, String> producer;
    private final Function<M, ProducerRecord<String, String>> toRecord;
    private final int maxEventBytes;
    private final Duration sendTimeout;

    RelayPass(Producer<String, String> producer, Function<M, ProducerRecord<String, String>> toRecord, int maxEventBytes,
            Duration sendTimeout) {
        this.producer = producer;
        this.toRecord = toRecord;
        this.maxEventBytes = maxEventBytes;
        this.sendTimeout = sendTimeout;
    }

    /** @return each message's fate, in the order given; messages not in the map were held behind their family's. */
    Map<M, Result> run(List<M> pending) {
        Map<M, Result> results = new LinkedHashMap<>();
        Set<String> stopped = new HashSet<>();
        List<M> sent = new ArrayList<>();
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        for (M message : pending) {
            ProducerRecord<String, String> record = toRecord.apply(message);
            if (stopped.contains(record.key())) {
                continue;
            }
            if (sizeOf(record) > maxEventBytes) {
                results.put(message, Result.parked("RecordTooLargeException"));
                stopped.add(record.key());
                continue;
            }
            try {
                acks.add(producer.send(record));
                sent.add(message);
            } catch (RuntimeException e) { // the producer refused it before sending (e.g. serialisation, closed)
                results.put(message, isRetriable(e) ? Result.PENDING : Result.parked(e.getClass().getSimpleName()));
                stopped.add(record.key());
            }
        }
        producer.flush();
        long deadline = System.nanoTime() + sendTimeout.toNanos();
        for (int i = 0; i < sent.size(); i++) {
            M message = sent.get(i);
            results.put(message, outcome(acks.get(i), deadline));
        }
        return results;
    }

    private static Result outcome(Future<RecordMetadata> ack, long deadline) {
        try {
            ack.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return Result.SENT;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return isRetriable(cause) ? Result.PENDING : Result.parked(cause.getClass().getSimpleName());
        } catch (java.util.concurrent.TimeoutException e) {
            return Result.PENDING;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Result.PENDING;
        }
    }

    /** Kafka's own word on whether trying again can help; a broker that cannot be reached times out, which can. */
    static boolean isRetriable(Throwable error) {
        return error instanceof RetriableException || error instanceof org.apache.kafka.common.errors.TimeoutException
                || error instanceof org.apache.kafka.common.errors.InterruptException
                || error instanceof org.apache.kafka.common.errors.DisconnectException;
    }

    /** The bytes the broker counts: key, value and headers (a little under what it adds for the batch). */
    static int sizeOf(ProducerRecord<String, String> record) {
        int size = record.value() == null ? 0 : record.value().getBytes(StandardCharsets.UTF_8).length;
        size += record.key() == null ? 0 : record.key().getBytes(StandardCharsets.UTF_8).length;
        for (var header : record.headers()) {
            size += header.key().length() + (header.value() == null ? 0 : header.value().length);
        }
        return size;
    }
}
