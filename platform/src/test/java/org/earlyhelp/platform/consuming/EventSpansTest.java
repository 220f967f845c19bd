package org.earlyhelp.platform.consuming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.earlyhelp.platform.tracing.RecordedSpans;
import org.earlyhelp.platform.tracing.TraceContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;

class EventSpansTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String WRITER_SPAN = "00f067aa0ba902b7";

    private final RecordedSpans recorded = new RecordedSpans();
    private final EventSpans spans = new EventSpans(recorded.tracer());

    private static ConsumerRecord<String, String> record(boolean traced) {
        var record = new ConsumerRecord<>("earlyhelp.referral.events", 0, 42L, "family-1", "{}");
        record.headers().add("ce_id", "7d7b6a3e-8a43-4a8b-9d6c-1c2f6f1f0a01".getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_type", "org.earlyhelp.referral.step-down-accepted.v1".getBytes(StandardCharsets.UTF_8));
        if (traced) {
            new TraceContext("00-" + TRACE_ID + "-" + WRITER_SPAN + "-01", null).writeTo(record.headers());
        }
        return record;
    }

    @Test
    @DisplayName("an event is handled in a CONSUMER span, child of the writer's span its traceparent names; each inbox step in a span inside it")
    void continuesTheWritersTrace() {
        AtomicReference<TraceContext> seenByHandler = new AtomicReference<>();
        spans.consuming("earlyhelp.referral.events", record(true),
                () -> spans.step("plan-opening", () -> seenByHandler.set(TraceContext.current())));

        SpanData consumer = recorded.ended().stream().filter(s -> s.getKind() == SpanKind.CONSUMER).findFirst().orElseThrow();
        SpanData step = recorded.ended().stream().filter(s -> s.getName().equals("plan-opening")).findFirst().orElseThrow();
        assertThat(consumer.getName()).isEqualTo("process earlyhelp.referral.events");
        assertThat(consumer.getTraceId()).isEqualTo(TRACE_ID);
        assertThat(consumer.getParentSpanId()).isEqualTo(WRITER_SPAN);
        assertThat(consumer.getAttributes().asMap().values()).contains("earlyhelp.referral.events",
                "7d7b6a3e-8a43-4a8b-9d6c-1c2f6f1f0a01", "org.earlyhelp.referral.step-down-accepted.v1");
        assertThat(step.getTraceId()).isEqualTo(TRACE_ID);
        assertThat(step.getParentSpanId()).isEqualTo(consumer.getSpanId());
        // what the handler writes to the outbox carries its span on
        assertThat(seenByHandler.get().traceparent()).isEqualTo("00-" + TRACE_ID + "-" + step.getSpanId() + "-01");
    }

    @Test
    @DisplayName("an event without a traceparent starts a trace of its own")
    void untracedEventStartsATrace() {
        spans.consuming("earlyhelp.referral.events", record(false), () -> { });
        SpanData consumer = recorded.ended().get(0);
        assertThat(consumer.getTraceId()).isNotEqualTo(TRACE_ID);
        assertThat(consumer.getParentSpanContext().isValid()).isFalse();
    }

    @Test
    @DisplayName("a failing handler marks its spans failed with the error's type only, and the error still reaches the consumer's retry")
    void failureIsRecordedWithoutItsMessage() {
        assertThatThrownBy(() -> spans.consuming("earlyhelp.referral.events", record(true),
                () -> spans.step("plan-opening", () -> {
                    throw new IllegalStateException("Jane Doe, 1 High Street");
                }))).isInstanceOf(IllegalStateException.class);
        assertThat(recorded.ended()).hasSize(2).allSatisfy(span -> {
            assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
            assertThat(span.getStatus().getDescription()).isEqualTo("IllegalStateException");
            assertThat(span.getEvents()).isEmpty();
            assertThat(span.getAttributes().asMap().values().toString()).doesNotContain("Jane");
        });
    }
}
