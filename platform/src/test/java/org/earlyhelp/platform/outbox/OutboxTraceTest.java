package org.earlyhelp.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.earlyhelp.platform.tracing.TraceContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OutboxTraceTest {

    private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    private static OutboxMessage row() {
        OutboxMessage message = new OutboxMessage();
        message.eventId = UUID.randomUUID();
        message.topic = "earlyhelp.referral.events";
        message.recordKey = UUID.randomUUID().toString();
        message.type = "org.earlyhelp.referral.step-down-accepted.v1";
        message.occurredAt = Instant.parse("2027-03-22T10:00:00Z");
        message.payload = "{}";
        message.requestId = "req-12345678";
        return message;
    }

    private static String header(org.apache.kafka.clients.producer.ProducerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("the relay sends the writer's trace context with the event, beside its request id, however much later it runs")
    void relaySendsTheWritersContext() {
        OutboxMessage message = row();
        Outbox.stampTrace(message, new TraceContext(TRACEPARENT, "vendor=value"));

        var record = OutboxRelay.toRecord(message, "/referral-service");

        assertThat(header(record, "traceparent")).isEqualTo(TRACEPARENT);
        assertThat(header(record, "tracestate")).isEqualTo("vendor=value");
        assertThat(header(record, "ce_requestid")).isEqualTo("req-12345678");
    }

    @Test
    @DisplayName("an event written outside any trace (scheduled work) is sent without trace headers")
    void noTraceNoHeaders() {
        OutboxMessage message = row();
        Outbox.stampTrace(message, null);

        var record = OutboxRelay.toRecord(message, "/referral-service");

        assertThat(message.traceparent).isNull();
        assertThat(record.headers().lastHeader("traceparent")).isNull();
        assertThat(record.headers().lastHeader("tracestate")).isNull();
        assertThat(header(record, "ce_id")).isEqualTo(message.eventId.toString());
    }
}
