package org.earlyhelp.platform.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;

import org.earlyhelp.tracing.TraceExport;

class TraceExportTest {

    @Test
    @DisplayName("export off: no span is recorded, yet each has a trace id that its children share")
    void offRecordsNothingButKeepsTraceIds() {
        RecordedSpans spans = new RecordedSpans(TraceExport.sampler(false));
        Span request = spans.tracer().spanBuilder("request").startSpan();
        try (Scope scope = request.makeCurrent()) {
            Span child = spans.tracer().spanBuilder("child").startSpan();
            assertThat(request.getSpanContext().isValid()).isTrue();
            assertThat(child.getSpanContext().getTraceId()).isEqualTo(request.getSpanContext().getTraceId());
            assertThat(TraceContext.current().traceparent()).contains(request.getSpanContext().getTraceId()).endsWith("-00");
            child.end();
        }
        request.end();
        assertThat(spans.ended()).isEmpty();
    }

    @Test
    @DisplayName("export on: every span is recorded")
    void onRecordsEverySpan() {
        RecordedSpans spans = new RecordedSpans(TraceExport.sampler(true));
        spans.tracer().spanBuilder("request").startSpan().end();
        assertThat(spans.ended()).hasSize(1);
    }
}
