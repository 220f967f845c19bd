package org.earlyhelp.platform.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;

import org.earlyhelp.tracing.QueryRedaction;

class QueryRedactionTest {

    @Test
    @DisplayName("a span keeps a query's parameter names, never their values (a family search by name)")
    void queryValuesNeverReachASpan() {
        RecordedSpans recorded = new RecordedSpans();
        var provider = SdkTracerProvider.builder().addSpanProcessor(new QueryRedaction()).addSpanProcessor(recorded).build();
        provider.get("test").spanBuilder("GET /api/families").setAttribute("url.query", "q=Jane%20Smith&page=0&flag")
                .setAttribute("url.full", "http://localhost:8081/api/families?q=Jane%20Smith&page=0")
                .setAttribute("url.path", "/api/families").startSpan().end();

        SpanData span = recorded.ended().get(0);
        assertThat(span.getAttributes().get(QueryRedaction.URL_QUERY)).isEqualTo("q=REDACTED&page=REDACTED&flag");
        assertThat(span.getAttributes().get(QueryRedaction.URL_FULL)).isEqualTo("http://localhost:8081/api/families?q=REDACTED&page=REDACTED");
        assertThat(span.getAttributes().asMap().toString()).doesNotContain("Jane");
    }
}
