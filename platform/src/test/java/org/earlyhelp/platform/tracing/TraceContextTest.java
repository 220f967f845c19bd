package org.earlyhelp.platform.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;

class TraceContextTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String SPAN_ID = "00f067aa0ba902b7";

    private static Context withSpan(TraceState state) {
        return Context.root().with(Span.wrap(SpanContext.createFromRemoteParent(TRACE_ID, SPAN_ID, TraceFlags.getSampled(), state)));
    }

    @Test
    @DisplayName("the span a writer runs in is captured as W3C traceparent and tracestate")
    void capturesTheCurrentSpanAsW3cTraceContext() {
        try (Scope scope = withSpan(TraceState.builder().put("vendor", "value").build()).makeCurrent()) {
            TraceContext captured = TraceContext.current();
            assertThat(captured.traceparent()).isEqualTo("00-" + TRACE_ID + "-" + SPAN_ID + "-01");
            assertThat(captured.tracestate()).isEqualTo("vendor=value");
            assertThat(TraceContext.currentTraceId()).isEqualTo(TRACE_ID);
        }
    }

    @Test
    @DisplayName("work outside any trace (a scheduled run) captures nothing")
    void nothingOutsideATrace() {
        assertThat(TraceContext.of(Context.root())).isNull();
        assertThat(TraceContext.current()).isNull();
        assertThat(TraceContext.currentTraceId()).isNull();
    }

    @Test
    @DisplayName("a tracestate longer than W3C asks vendors to pass on is dropped; the traceparent is kept")
    void overlongTracestateIsDropped() {
        var state = TraceState.builder();
        for (int i = 0; i < 30; i++) {
            state.put("vendor" + i, "x".repeat(20));
        }
        TraceContext captured = TraceContext.of(withSpan(state.build()));
        assertThat(captured.traceparent()).contains(TRACE_ID);
        assertThat(captured.tracestate()).isNull();
    }

    @Test
    @DisplayName("written as Kafka headers and read back, the context is the parent the consumer continues")
    void headersRoundTrip() {
        var headers = new RecordHeaders();
        new TraceContext("00-" + TRACE_ID + "-" + SPAN_ID + "-01", "vendor=value").writeTo(headers);
        assertThat(new String(headers.lastHeader("traceparent").value(), StandardCharsets.UTF_8)).isEqualTo("00-" + TRACE_ID + "-" + SPAN_ID + "-01");

        SpanContext parent = Span.fromContext(TraceContext.parentOf(headers)).getSpanContext();
        assertThat(parent.isValid()).isTrue();
        assertThat(parent.isRemote()).isTrue();
        assertThat(parent.getTraceId()).isEqualTo(TRACE_ID);
        assertThat(parent.getSpanId()).isEqualTo(SPAN_ID);
        assertThat(parent.getTraceState().get("vendor")).isEqualTo("value");
    }

    @Test
    @DisplayName("a record without a traceparent, or with a malformed one, starts a trace of its own")
    void noOrMalformedHeaderIsNoParent() {
        assertThat(Span.fromContext(TraceContext.parentOf(new RecordHeaders())).getSpanContext().isValid()).isFalse();
        var headers = new RecordHeaders();
        headers.add("traceparent", "00-not-a-trace-01".getBytes(StandardCharsets.UTF_8));
        assertThat(Span.fromContext(TraceContext.parentOf(headers)).getSpanContext().isValid()).isFalse();
    }
}
