package org.earlyhelp.platform.tracing;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

/**
 * A span's place in its trace as W3C Trace Context carries it ({@code traceparent}, {@code tracestate}): taken from the
 * writing request when an event is written to the outbox, kept in its row, sent by the relay as the Kafka headers of the same
 * names, and taken up by the consumer as the parent of its span, so one trace runs from the gateway through every event a
 * request causes. The relay sends the writer's context, not its own: it runs later, on another thread, for many requests.
 *
 * @param traceparent {@code 00-<trace id>-<span id>-<flags>}
 * @param tracestate vendors' entries, or {@code null}; one longer than {@link #MAX_TRACESTATE} is dropped (as W3C allows)
 */
public record TraceContext(String traceparent, String tracestate) {

    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";
    /** What W3C asks every vendor to pass on; a longer tracestate is not kept. */
    public static final int MAX_TRACESTATE = 512;

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();

    /** The context of the span current on this thread (the request being served, the event being handled), or {@code null} when there is none. */
    public static TraceContext current() {
        return of(Context.current());
    }

    /** @return {@code context}'s span as W3C Trace Context, or {@code null} when it has no valid span (scheduled work outside any trace) */
    public static TraceContext of(Context context) {
        if (!Span.fromContext(context).getSpanContext().isValid()) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        W3C.inject(context, carrier, Map::put);
        String traceparent = carrier.get(TRACEPARENT);
        if (traceparent == null) {
            return null;
        }
        String tracestate = carrier.get(TRACESTATE);
        return new TraceContext(traceparent, tracestate == null || tracestate.isEmpty() || tracestate.length() > MAX_TRACESTATE ? null : tracestate);
    }

    /** The trace id of the span current on this thread, or {@code null} outside any trace. */
    public static String currentTraceId() {
        SpanContext span = Span.current().getSpanContext();
        return span.isValid() ? span.getTraceId() : null;
    }

    /** Sets {@code traceparent} (and {@code tracestate} when there is one) on a record about to be sent. */
    public void writeTo(Headers headers) {
        put(headers, TRACEPARENT, traceparent);
        if (tracestate != null) {
            put(headers, TRACESTATE, tracestate);
        }
    }

    /**
     * The context a record's {@code traceparent}/{@code tracestate} headers name, as the parent of its consumer's span; the root
     * context (a new trace) when the record has none or a malformed one (W3C: ignore it).
     */
    public static Context parentOf(Headers headers) {
        return W3C.extract(Context.root(), headers, KAFKA_HEADERS);
    }

    private static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static final TextMapGetter<Headers> KAFKA_HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers headers) {
            java.util.List<String> keys = new java.util.ArrayList<>();
            headers.forEach(header -> keys.add(header.key()));
            return keys;
        }

        @Override
        public String get(Headers headers, String key) {
            if (headers == null) {
                return null;
            }
            Header header = headers.lastHeader(key);
            return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }
    };
}
